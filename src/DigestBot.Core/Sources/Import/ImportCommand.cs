using DigestBot.Commands;
using DigestBot.Configuration;
using DigestBot.Semantic;
using Microsoft.Extensions.Options;

namespace DigestBot.Sources;

/// <summary>
/// <c>import FILE|URL... [--format F] [--notify]</c>: prints <c>imported N new, M updated, K unchanged, E skipped</c>,
/// with <c>--notify</c> how many new papers were too old to announce, and the reason for each skipped item. Bad
/// input exits 2 only when nothing at all could be read. Run without a bot, it embeds a few new papers itself
/// (<see cref="ImportEmbedding"/>). The totals are the result, on stdout; progress (stderr) has each
/// input's counts only when there are several inputs.
/// </summary>
public sealed class ImportCommand(ImportService imports, ImportEmbedding embedding, IOptions<SourcesOptions> options) : ICommandHandler
{
    private const int SkipLines = 50;

    public static CommandDefinition Definition { get; } = new(
        "import",
        "Import papers from files or URLs (arXiv API/RSS, HF daily, RSS/Atom, OpenAlex, Semantic Scholar, arXiv snapshot), or papers by id (arXiv, DOI, OpenAlex, Semantic Scholar) or link",
        [
            new CommandOption("inputs", "Files, URLs, or paper ids (arXiv, DOI, OpenAlex, Semantic Scholar)") { Required = true, Positional = true, Multiple = true, IsPath = true },
            new CommandOption("format", $"Document format: {SourceFormats.CliNames} (default auto)"),
            new CommandOption("notify", "Announce the new, fresh papers to matching watches", OptionType.Boolean),
        ])
    {
        MayBeSlow = true,
        LocalOnly = true,
        Example = "samples/arxiv-cs.AI-2026-04-27.xml",
    };

    public async ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        if (!SourceFormats.TryParseName(request.GetString("format"), out var format))
        {
            throw new CommandInputException($"import: unknown format '{request.GetString("format")}' (use {SourceFormats.CliNames})");
        }

        var inputs = request.GetStrings("inputs");
        var reports = new List<ImportReport>();
        var mark = embedding.Mark();
        await foreach (var report in imports.ImportAllAsync(inputs, format, request.GetBoolean("notify"), request.Progress, cancellationToken))
        {
            reports.Add(report);

            // Progress (stderr) gives each input's counts as it is done; the totals are the result (stdout), said once:
            // of one input, its counts are the totals, so a terminal would show them twice.
            if (!report.Unreadable && inputs.Count > 1)
            {
                request.Progress.Report($"{report.Input} ({SourceFormats.CliName(report.Format)}): {report.Counts}");
            }
        }

        // Nothing read is bad input, said once as one line; an unreadable input among good ones gets its own line.
        if (reports.All(r => r.Unreadable))
        {
            return Reply.Invalid("import: " + (reports.Count == 1 ? reports[0].Error! : "nothing could be read: " + string.Join("; ", reports.Select(r => r.Error))));
        }

        foreach (var failed in reports.Where(r => r.Unreadable))
        {
            // The error names the input first (it is the whole answer when nothing could be read): said once here.
            var why = failed.Error!.StartsWith(failed.Input + ": ", StringComparison.Ordinal) ? failed.Error[(failed.Input.Length + 2)..] : failed.Error;
            request.Progress.Report($"{failed.Input}: not imported: {why}");
        }

        // Run on its own (no bot), a small import also makes its papers' vectors, so a question typed next is answered by meaning.
        embedding.AfterImport(mark, request.Progress, cancellationToken);
        var total = reports.Aggregate(IngestCounts.Zero, (sum, r) => sum.Add(r.Counts));
        var lines = reports.SelectMany(r => r.Skipped.Select(s => $"  skipped {s.Item} in {r.Input}: {s.Reason}")).ToList();
        if (lines.Count > SkipLines)
        {
            lines = [.. lines.Take(SkipLines), $"  … and {lines.Count - SkipLines} more skipped"];
        }

        // Without --notify nothing is announced anyway; with it, old papers silently not announced looked like a bug.
        string[] tooOld = request.GetBoolean("notify") && total.TooOld > 0 ? [TooOld(total.TooOld, options.Value.Freshness)] : [];

        // --notify announces arrivals: papers stored before (by an import without it, say) are not announced again.
        var known = total.Updated + total.Unchanged;
        string[] stored = request.GetBoolean("notify") && known > 0
            ? [$"{(known == 1 ? "1 paper was" : $"{known} papers were")} stored before, so --notify does not announce {(known == 1 ? "it" : "them")} (it announces papers new to the store)"]
            : [];
        var text = string.Join('\n', [$"imported {total}", .. tooOld, .. stored, .. lines]);
        return Reply.Message(text);
    }

    /// <summary><c>2 papers older than 7 days were stored but not announced (Sources:Freshness)</c>.</summary>
    public static string TooOld(int papers, TimeSpan freshness) =>
        $"{Counts.Papers(papers)} older than {DurationText.Of(freshness)} "
        + $"{(papers == 1 ? "was" : "were")} stored but not announced (Sources:Freshness)";
}
