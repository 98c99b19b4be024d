using System.Net;
using System.Runtime.CompilerServices;
using DigestBot.Papers;
using Microsoft.Extensions.Options;

namespace DigestBot.Sources;

/// <summary>
/// <c>import</c>: reads files or URLs through the same parse-and-store path as polls; an arXiv id or link is asked of
/// the arXiv API, a DOI or OpenAlex id of OpenAlex's, a Semantic Scholar id of Semantic Scholar's. Imports are
/// backfills and announce nothing unless asked (<c>--notify</c>). The arXiv metadata snapshot is streamed in batches.
/// </summary>
public sealed partial class ImportService(PaperIngestor ingestor, SourceHttp http, ArxivGate arxiv, SnapshotImporter snapshots, IOptions<SourcesOptions> options, TimeProvider time)
{
    /// <summary>Documents larger than this are not whole-document formats; the snapshot is streamed instead.</summary>
    private const long MaxDocumentBytes = 256L * 1024 * 1024;

    /// <summary>How a fetch names arXiv (<see cref="PaperFetch.Service"/>).</summary>
    private const string ArxivService = "arXiv";

    /// <summary>Most arXiv papers asked of the API in one request.</summary>
    public const int ArxivPapersPerRequest = 100;

    /// <summary>
    /// Imports <paramref name="inputs"/>, each report in their order as it is done. The arXiv ids and links among them
    /// are asked of the arXiv API together, when the first of them comes (a request a hundred papers, not one request
    /// and one of the arXiv gate's 3-second waits each).
    /// </summary>
    public async IAsyncEnumerable<ImportReport> ImportAllAsync(
        IReadOnlyList<string> inputs, SourceFormat format, bool notify, IProgress<string> progress, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var papers = inputs.Select(input => ArxivPaper(input, format)).ToList();
        Dictionary<int, ImportReport>? asked = null;
        for (var i = 0; i < inputs.Count; i++)
        {
            if (papers[i] is null)
            {
                yield return await ImportAsync(inputs[i], format, notify, progress, cancellationToken);
                continue;
            }

            if (asked is null)
            {
                asked = [];
                var ids = Enumerable.Range(0, inputs.Count).Where(j => papers[j] is not null).ToList();
                foreach (var chunk in ids.Chunk(ArxivPapersPerRequest))
                {
                    var reports = await ImportArxivAsync([.. chunk.Select(j => (inputs[j], papers[j]!))], notify, cancellationToken);
                    foreach (var (j, report) in chunk.Zip(reports))
                    {
                        asked[j] = report;
                    }
                }
            }

            yield return asked[i];
        }
    }

    public async Task<ImportReport> ImportAsync(string input, SourceFormat format, bool notify, IProgress<string> progress, CancellationToken cancellationToken)
    {
        // An arXiv id, or a link to an arXiv paper's page (arxiv.org, huggingface.co/papers, arXiv's DOI): that paper,
        // from the arXiv API, rather than the web page's HTML.
        if (ArxivPaper(input, format) is { } paper)
        {
            return (await ImportArxivAsync([(input, paper)], notify, cancellationToken))[0];
        }

        // A DOI (bare, doi:…, a doi.org link) or an OpenAlex work's id or link: that work, from OpenAlex's API, rather
        // than the publisher's landing page; a Semantic Scholar paper's id or link, from its API.
        if (!File.Exists(input) && PaperReference.TryParse(input, out var reference) && ApiWork(reference, format) is { } work)
        {
            return await ImportWorkAsync(input, work, notify, cancellationToken);
        }

        var isUrl = Uri.TryCreate(input, UriKind.Absolute, out var url) && url.Scheme is "http" or "https";
        if (!isUrl && !File.Exists(input))
        {
            return ImportReport.Failed(input, format, Directory.Exists(input) ? $"{input}: is a directory, not a file" : NoSuchFile(input));
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
            body = isUrl ? (await DownloadAsync(url!, null, cancellationToken)).Body : await ReadFileAsync(input, cancellationToken);
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

        var counts = ingestor.Store(parsed.Items, parsed.Skipped.Count, notify);
        return new ImportReport(input, known, counts, parsed.Skipped, null);
    }

    /// <summary>
    /// The papers <paramref name="references"/> name, each asked of the API that knows it (see <see cref="ServiceFor"/>;
    /// the arXiv papers together, a request a hundred papers) and stored without announcing it; a fetch for each in
    /// their order, null for a reference no paper API is asked for (a feed item's link, a <c>src:</c> key). It reads no
    /// file and fetches no other address, so what a Discord member typed may come here.
    /// </summary>
    public async Task<IReadOnlyList<PaperFetch?>> FetchAllAsync(IReadOnlyList<PaperReference> references, CancellationToken cancellationToken)
    {
        var fetches = new PaperFetch?[references.Count];
        var arxiv = references.Select((r, i) => (r, i)).Where(x => x.r.Key is { Kind: PaperIdKind.Arxiv }).ToList();
        foreach (var chunk in arxiv.Chunk(ArxivPapersPerRequest))
        {
            var reports = await ImportArxivAsync([.. chunk.Select(x => (x.r.Display, x.r.Key!))], notify: false, cancellationToken);
            foreach (var ((_, i), report) in chunk.Zip(reports))
            {
                fetches[i] = new PaperFetch(ArxivService, report);
            }
        }

        for (var i = 0; i < references.Count; i++)
        {
            if (fetches[i] is null && ApiWork(references[i], SourceFormat.Auto) is { } work)
            {
                fetches[i] = new PaperFetch(work.Service, await ImportWorkAsync(references[i].Display, work, notify: false, cancellationToken));
            }
        }

        return fetches;
    }

    /// <summary>
    /// The service <see cref="FetchAllAsync"/> asks for the paper <paramref name="reference"/> names (arXiv for arXiv ids
    /// and links, OpenAlex for other DOIs and OpenAlex ids, Semantic Scholar for its ids), else null: by the same rule.
    /// </summary>
    public string? ServiceFor(PaperReference reference) =>
        reference.Key is { Kind: PaperIdKind.Arxiv } ? ArxivService : ApiWork(reference, SourceFormat.Auto)?.Service;

    /// <summary>One work asked of OpenAlex's or Semantic Scholar's API and stored; a 404 is that the service has none.</summary>
    private async Task<ImportReport> ImportWorkAsync(string input, ApiLookup work, bool notify, CancellationToken cancellationToken)
    {
        FetchedDocument fetched;
        try
        {
            fetched = await DownloadAsync(work.Url, work.Headers, cancellationToken);
        }
        catch (SourceFetchException e)
        {
            // Semantic Scholar's shared pool for callers without a key is often full.
            var keyHint = work is { Format: SourceFormat.SemanticScholar, Headers: null } && e.Failure.Status == 429
                ? "; try again in a minute, or give a SemanticScholar source an ApiKey"
                : string.Empty;
            return ImportReport.Failed(input, work.Format, FetchFailed(input, e) + keyHint);
        }

        if (fetched.Status == HttpStatusCode.NotFound)
        {
            return ImportReport.Failed(input, work.Format, $"{input}: {work.Service} has no {work.Name}") with { NotFound = true };
        }

        var parsed = SourceFormats.Parse(work.Format, fetched.Body, time.GetUtcNow(), work.Url.Host, work.Url.AbsoluteUri);
        return parsed.Failed
            ? ImportReport.Failed(input, work.Format, $"{input}: {parsed.Error}")
            : new ImportReport(input, work.Format, ingestor.Store(parsed.Items, parsed.Skipped.Count, notify), parsed.Skipped, null);
    }

    /// <summary>
    /// arXiv papers asked of the API in one request, a report for each input in order: its paper stored, or that arXiv
    /// has none (a well-formed id arXiv does not know is simply missing from the answer). Entries the answer holds but
    /// cannot be read are the first report's skips.
    /// </summary>
    private async Task<IReadOnlyList<ImportReport>> ImportArxivAsync(IReadOnlyList<(string Input, PaperId Paper)> asked, bool notify, CancellationToken cancellationToken)
    {
        ParseResult parsed;
        try
        {
            parsed = await ArxivApiSource.FetchAsync(http, arxiv, ArxivApiQuery([.. asked.Select(a => a.Paper).Distinct()]), time.GetUtcNow(), cancellationToken);
        }
        catch (SourceFetchException e)
        {
            return [.. asked.Select(a => ImportReport.Failed(a.Input, SourceFormat.ArxivApi, FetchFailed(a.Input, e)))];
        }

        if (parsed.Failed)
        {
            return [.. asked.Select(a => ImportReport.Failed(a.Input, SourceFormat.ArxivApi, $"{a.Input}: {parsed.Error}"))];
        }

        var skipped = parsed.Skipped;
        var reports = new List<ImportReport>(asked.Count);
        foreach (var (input, paper) in asked)
        {
            // An id with a version asks for that version; without, arXiv answers with the latest.
            var items = parsed.Items.Where(i => i.Paper.Id == paper.Key && (paper.Version is null || i.Paper.Version == paper.Version)).ToList();
            if (items.Count == 0 && skipped.Count == 0)
            {
                reports.Add(ImportReport.Failed(input, SourceFormat.ArxivApi, $"{input}: arXiv has no paper {paper}") with { NotFound = true });
                continue;
            }

            reports.Add(new ImportReport(input, SourceFormat.ArxivApi, ingestor.Store(items, skipped.Count, notify), skipped, null));
            skipped = [];
        }

        return reports;
    }

    /// <summary>
    /// The arXiv paper <paramref name="input"/> names (with its version, when it gives one) when the format allows the
    /// arXiv API and no file has that name; else null.
    /// </summary>
    private static PaperId? ArxivPaper(string input, SourceFormat format) =>
        format is SourceFormat.Auto or SourceFormat.ArxivApi && !File.Exists(input)
        && PaperReference.TryParse(input, out var reference) && reference.Key is { Kind: PaperIdKind.Arxiv } id ? id : null;

    /// <summary>
    /// The papers asked of the API of the configured arXiv API source, if one names its own (a mirror, tests), else of
    /// arXiv's; as many results as papers (the API's default is 10).
    /// </summary>
    private Uri ArxivApiQuery(IReadOnlyList<PaperId> papers) =>
        ArxivApiSource.IdListQuery(ArxivApiSource.ConfiguredUrl(options.Value) ?? ArxivApiSource.DefaultBaseUrl, [.. papers.Select(p => p.ToString())]);

    /// <summary>The same plain words a failed poll logs ("no network (name resolution failed for …)"), not the socket's.</summary>
    private static string FetchFailed(string input, SourceFetchException e) =>
        $"{input}: {(e.Failure.Kind == SourceFailureKind.NoNetwork ? $"no network ({e.Failure.Reason})" : e.Failure.Reason)}";

    private async Task<FetchedDocument> DownloadAsync(Uri url, IReadOnlyDictionary<string, string>? headers, CancellationToken cancellationToken)
    {
        Task<FetchedDocument> Get(CancellationToken ct) => http.GetAsync(url, validators: null, headers, acceptErrorBody: true, ct);
        var isArxiv = url.Host.EndsWith("arxiv.org", StringComparison.OrdinalIgnoreCase);
        return isArxiv ? await arxiv.Gate.RunAsync(Get, cancellationToken) : await Get(cancellationToken);
    }

    /// <summary>
    /// Where the work <paramref name="reference"/> names is asked for, or null: a DOI other than arXiv's or an OpenAlex id or
    /// link of OpenAlex's API, a Semantic Scholar id or link of Semantic Scholar's; each through a configured source of
    /// that type when one names its own address, with its key.
    /// </summary>
    private ApiLookup? ApiWork(PaperReference reference, SourceFormat format)
    {
        if (format is SourceFormat.Auto or SourceFormat.SemanticScholar && reference is { Source: SourceNames.SemanticScholar, SourceId: { } paper })
        {
            var s2 = Configured(SourceType.SemanticScholar);
            return new ApiLookup(SemanticScholarSource.PaperUrl(s2, paper), "paper " + paper, SourceFormat.SemanticScholar, "Semantic Scholar", SemanticScholarSource.Headers(s2));
        }

        var (path, name) = reference switch
        {
            { Key: { Kind: PaperIdKind.Doi } doi } => ("doi:" + Uri.EscapeDataString(doi.Value).Replace("%2F", "/", StringComparison.Ordinal), doi.Value),
            { Source: SourceNames.OpenAlex, SourceId: { } id } => (id, id),
            _ => (null, null),
        };
        if (path is null || format is not (SourceFormat.Auto or SourceFormat.OpenAlex))
        {
            return null;
        }

        var source = Configured(SourceType.OpenAlex);
        var key = source?.ApiKey is { Length: > 0 } apiKey ? $"?api_key={Uri.EscapeDataString(apiKey)}" : string.Empty;
        return new ApiLookup(new Uri($"{OpenAlexSource.Api(source)}/works/{path}{key}"), "work " + name, SourceFormat.OpenAlex, "OpenAlex", null);
    }

    private SourceConfig? Configured(SourceType type) => options.Value.List.Values.FirstOrDefault(s => s.Type == type);

    /// <summary>
    /// "no such file", and for what looks like an arXiv id but is none (<c>0808.05394</c>: five digits before 2015),
    /// that it is not one, so the typo is found.
    /// </summary>
    private static string NoSuchFile(string input) =>
        ArxivLike().IsMatch(input)
            ? $"{input}: no such file, and not an arXiv id (YYMM.NNNNN from 2015 on, e.g. 2412.13795; YYMM.NNNN before, e.g. 0808.0539)"
            : $"{input}: no such file";

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:arxiv:)?\d{4}\.\d+(?:v\d+)?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ArxivLike();

    /// <summary>A work asked of a paper API: its address, how the answer and a 404 name it, the headers (a key).</summary>
    private sealed record ApiLookup(Uri Url, string Name, SourceFormat Format, string Service, IReadOnlyDictionary<string, string>? Headers);

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
