using DigestBot.Papers;
using Microsoft.Extensions.Options;

namespace DigestBot.Sources;

/// <summary>
/// <c>import</c>: reads files or URLs through the same parse-and-store path as polls. Imports are backfills and
/// announce nothing unless asked (<c>--notify</c>). The arXiv metadata snapshot is streamed in batches.
/// </summary>
public sealed class ImportService(PaperIngestor ingestor, SourceHttp http, ArxivGate arxiv, SnapshotImporter snapshots, IOptions<SourcesOptions> options, TimeProvider time)
{
    /// <summary>Documents larger than this are not whole-document formats; the snapshot is streamed instead.</summary>
    private const long MaxDocumentBytes = 256L * 1024 * 1024;

    public async Task<ImportReport> ImportAsync(string input, SourceFormat format, bool notify, IProgress<string> progress, CancellationToken cancellationToken)
    {
        var isUrl = Uri.TryCreate(input, UriKind.Absolute, out var url) && url.Scheme is "http" or "https";

        // An arXiv id, or a link to an arXiv paper's page (arxiv.org, huggingface.co/papers, arXiv's DOI): that paper,
        // from the arXiv API, rather than the web page's HTML.
        var paper = format is SourceFormat.Auto or SourceFormat.ArxivApi && !File.Exists(input) ? ArxivPaper(input) : null;
        if (paper is not null)
        {
            (isUrl, url, format) = (true, ArxivApiQuery(paper), SourceFormat.ArxivApi);
        }

        if (!isUrl && !File.Exists(input))
        {
            return ImportReport.Failed(input, format, Directory.Exists(input) ? $"{input}: is a directory, not a file" : $"{input}: no such file");
        }

        if (!isUrl && format is SourceFormat.Auto or SourceFormat.ArxivSnapshot)
        {
            var head = await ReadHeadAsync(input, cancellationToken);
            var detected = format == SourceFormat.Auto ? SourceFormats.Detect(head, input) : format;
            if (detected == SourceFormat.ArxivSnapshot)
            {
                return await snapshots.ImportAsync(input, notify, progress, cancellationToken);
            }
        }

        byte[] body;
        try
        {
            body = isUrl ? await DownloadAsync(url!, cancellationToken) : await ReadFileAsync(input, cancellationToken);
        }
        catch (SourceFetchException e)
        {
            return ImportReport.Failed(input, format, FetchFailed(input, e));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ImportReport.Failed(input, format, e.Message);
        }

        var actual = format == SourceFormat.Auto ? SourceFormats.Detect(body, isUrl ? null : input) : format;
        if (actual is not { } known || known == SourceFormat.ArxivSnapshot)
        {
            return ImportReport.Failed(input, format, $"{input}: cannot tell the format; name it with --format {SourceFormats.CliNames}");
        }

        var name = isUrl ? url!.Host : Path.GetFileNameWithoutExtension(input);
        var parsed = SourceFormats.Parse(known, body, time.GetUtcNow(), name, isUrl ? url!.AbsoluteUri : null);
        if (parsed.Failed)
        {
            return ImportReport.Failed(input, known, $"{input}: {parsed.Error}");
        }

        // A well-formed id arXiv does not know is simply missing from the answer.
        if (paper is not null && parsed.Items.Count == 0 && parsed.Skipped.Count == 0)
        {
            return ImportReport.Failed(input, known, $"{input}: arXiv has no paper {paper}");
        }

        var counts = ingestor.Store(parsed.Items, parsed.Skipped.Count, notify);
        return new ImportReport(input, known, counts, parsed.Skipped, null);
    }

    /// <summary>The arXiv paper <paramref name="input"/> names (with its version, when it gives one), or null.</summary>
    private static PaperId? ArxivPaper(string input) =>
        PaperReference.TryParse(input, out var reference) && reference.Key is { Kind: PaperIdKind.Arxiv } id ? id : null;

    /// <summary>The paper asked of the API of the configured arXiv API source, if one names its own (a mirror, tests), else of arXiv's.</summary>
    private Uri ArxivApiQuery(PaperId paper)
    {
        var api = options.Value.List.Values.FirstOrDefault(s => s.Type == SourceType.ArxivApi && !string.IsNullOrWhiteSpace(s.Url))?.Url
            ?? ArxivApiSource.DefaultBaseUrl;
        return new Uri($"{api}?id_list={Uri.EscapeDataString(paper.ToString())}");
    }

    /// <summary>The same plain words a failed poll logs ("no network (name resolution failed for …)"), not the socket's.</summary>
    private static string FetchFailed(string input, SourceFetchException e) =>
        $"{input}: {(e.Failure.Kind == SourceFailureKind.NoNetwork ? $"no network ({e.Failure.Reason})" : e.Failure.Reason)}";

    private async Task<byte[]> DownloadAsync(Uri url, CancellationToken cancellationToken)
    {
        Task<FetchedDocument> Get(CancellationToken ct) => http.GetAsync(url, validators: null, headers: null, acceptErrorBody: true, ct);
        var isArxiv = url.Host.EndsWith("arxiv.org", StringComparison.OrdinalIgnoreCase);
        var document = isArxiv ? await arxiv.Gate.RunAsync(Get, cancellationToken) : await Get(cancellationToken);
        return document.Body;
    }

    private static async Task<byte[]> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        if (new FileInfo(path).Length > MaxDocumentBytes)
        {
            throw new IOException($"{path}: larger than {MaxDocumentBytes / 1024 / 1024} MiB; only the arxiv-snapshot format is streamed");
        }

        return await File.ReadAllBytesAsync(path, cancellationToken);
    }

    private static async Task<byte[]> ReadHeadAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        var buffer = new byte[8192];
        var read = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
        return buffer[..read];
    }
}
