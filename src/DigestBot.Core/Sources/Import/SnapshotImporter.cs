using System.Diagnostics;
using System.Globalization;

namespace DigestBot.Sources;

/// <summary>
/// Streams arXiv's metadata snapshot (JSON lines, ~3M papers) into the store in batches, one transaction per batch,
/// with progress lines. The byte offset after each stored batch is kept in the source state
/// <c>import:&lt;full path&gt;</c>, so an interrupted import resumes where it stopped; a finished one forgets it.
/// </summary>
public sealed class SnapshotImporter(PaperIngestor ingestor, SourceStateStore states, TimeProvider time)
{
    public const int BatchSize = 5000;
    private const int KeptIssues = 1000;
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(2);

    public async Task<ImportReport> ImportAsync(string path, bool notify, IProgress<string> progress, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        var stateId = "import:" + full;
        var state = states.Get(stateId);
        await using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: false);
        var resumeAt = long.TryParse(state.Cursor, CultureInfo.InvariantCulture, out var cursor) && cursor <= stream.Length ? cursor : 0;
        var lineNumber = resumeAt > 0 ? state.ItemsSeen : 0;
        if (resumeAt > 0)
        {
            progress.Report($"{path}: resuming after line {lineNumber:N0} (byte {resumeAt:N0} of {stream.Length:N0})");
            stream.Seek(resumeAt, SeekOrigin.Begin);
        }

        var batch = new List<SourceItem>(BatchSize);
        var issues = new List<ParseIssue>();
        var total = IngestCounts.Zero;
        var batchSkipped = 0;
        var clock = Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;
        var offset = resumeAt;

        var kept = lineNumber; // the line the stored state resumes after

        // The search index follows on its own thread: the next batch is stored while the last one is indexed.
        // Disposing waits for it, so the import ends with every paper searchable, and so does a cancelled one.
        try
        {
            using (ingestor.BeginBulk())
            {
                foreach (var line in ArxivSnapshotParser.ReadLines(stream, time.GetUtcNow(), lineNumber + 1))
                {
                    if (cancellationToken.IsCancellationRequested)
                    {
                        // Said at once: the search index may take a few seconds to catch up with the stored batches.
                        progress.Report($"{path}: stopping; the search index is catching up with what was stored");
                        cancellationToken.ThrowIfCancellationRequested();
                    }

                    lineNumber = line.LineNumber;
                    offset = resumeAt + line.EndOffset;
                    if (line.Item is { } item)
                    {
                        batch.Add(item);
                    }
                    else
                    {
                        batchSkipped++;
                        if (issues.Count < KeptIssues)
                        {
                            issues.Add(new ParseIssue($"line {line.LineNumber}", line.SkipReason ?? "unreadable"));
                        }
                    }

                    if (batch.Count + batchSkipped >= BatchSize)
                    {
                        total = total.Add(Flush(batch, ref batchSkipped, notify, stateId, offset, lineNumber));
                        kept = lineNumber;
                    }

                    // At the file's end the closing line follows (after the index has caught up), so it is not said twice.
                    if (clock.Elapsed - lastReport >= ProgressEvery && offset < stream.Length)
                    {
                        lastReport = clock.Elapsed;
                        Report(progress, path, lineNumber, offset, stream.Length, total, clock.Elapsed);
                    }
                }

                total = total.Add(Flush(batch, ref batchSkipped, notify, stateId, offset, lineNumber));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped between batches: what was stored is searchable, and the kept offset is where the same command goes on.
            progress.Report(kept > 0
                ? string.Create(CultureInfo.InvariantCulture, $"{path}: stopped after line {kept:N0} ({total.Grouped()}); the same import goes on from there")
                : $"{path}: stopped before any paper was stored");
            throw;
        }

        states.Delete(stateId);
        Report(progress, path, lineNumber, stream.Length, stream.Length, total, clock.Elapsed);
        return new ImportReport(path, SourceFormat.ArxivSnapshot, total, issues, null);
    }

    private IngestCounts Flush(List<SourceItem> batch, ref int skipped, bool notify, string stateId, long offset, long lineNumber)
    {
        var counts = ingestor.Store(batch, skipped, notify);
        batch.Clear();
        skipped = 0;
        CrashPoints.Hit("after-import-batch");

        // Written after the batch committed: a crash in between repeats at most one batch, which merges as unchanged.
        states.Save(new SourceState
        {
            Id = stateId,
            LastAttempt = time.GetUtcNow(),
            Cursor = offset.ToString(CultureInfo.InvariantCulture),
            ItemsSeen = lineNumber,
        });
        return counts;
    }

    private static void Report(IProgress<string> progress, string path, long lines, long offset, long length, IngestCounts counts, TimeSpan elapsed)
    {
        var rate = elapsed.TotalSeconds > 0 ? counts.Read / elapsed.TotalSeconds : 0;
        var percent = length > 0 ? 100.0 * offset / length : 100;
        progress.Report(string.Create(
            CultureInfo.InvariantCulture,
            $"{path}: {percent:F1}% · {lines:N0} lines · {counts.Grouped()} · {rate:N0} papers/s"));
    }
}
