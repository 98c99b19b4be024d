using System.Globalization;
using DigestBot.Commands;

namespace DigestBot.Papers;

/// <summary>
/// <c>merge ID [--undo]</c>: the records a paper was merged with because they are the same work under other ids (same
/// title, a shared author, years within one), with that evidence; <c>--undo</c> splits the newest such merge back into
/// its two records.
/// </summary>
public sealed class MergeCommand(PaperStore store, TimeProvider time) : ICommandHandler
{
    public static CommandDefinition Definition { get; } = new(
        "merge",
        "Why a paper was merged with another source's record (title, author, year); --undo splits it",
        [
            new CommandOption("id", PaperArgument.IdHelp) { Required = true, Positional = true },
            new CommandOption("undo", "Split the newest such merge back into its two records", OptionType.Boolean),
        ])
    {
        SupportsJson = true,
        LocalOnly = true,
        Example = "2606.13392",
        CheckInput = request => PaperArgument.CheckForm(request.GetRequiredString("id")),
    };

    public ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var paper = PaperArgument.Resolve(store, request.GetRequiredString("id"), request.Origin);
        if (!request.GetBoolean("undo"))
        {
            var merges = store.MergesOf(paper.Id);
            return ValueTask.FromResult(new Reply
            {
                Text = ReplyMarkup.Escape(merges.Count == 0
                    ? $"{paper.Id} was never merged by title: every record of it shared an id with it."
                    : string.Join('\n', merges.Select(Line).Prepend($"{paper.Id} was merged by title, author and year:"))),
                Data = merges.Select(Json).ToList(),
            });
        }

        var undone = store.UndoMerge(PaperId.Parse(paper.Id), time.GetUtcNow())
            ?? throw new CommandInputException($"merge: {paper.Id} has no merge by title to undo");
        return ValueTask.FromResult(new Reply
        {
            Text = ReplyMarkup.Escape($"Undid merge {undone.Id}: {undone.StoredId} and {undone.IncomingId} are two papers again, and will not be merged by title again."),
            Data = Json(undone),
        });
    }

    private static string Line(MergeRecord merge)
    {
        var evidence = merge.Evidence;
        var undone = merge.UndoneAt is { } at ? string.Create(CultureInfo.InvariantCulture, $" (undone {at.UtcDateTime:yyyy-MM-dd})") : string.Empty;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"  {merge.Id} {merge.MergedAt.UtcDateTime:yyyy-MM-dd}: {merge.IncomingId} joined {merge.StoredId}: title \"{evidence.Title}\", "
            + $"authors {string.Join(", ", evidence.Surnames)}, years {string.Join(" and ", evidence.Years)}{undone}");
    }

    private static MergeJson Json(MergeRecord merge) =>
        new(merge.Id, merge.PaperId, merge.StoredId, merge.IncomingId, merge.Evidence, merge.MergedAt, merge.UndoneAt);

    /// <summary><c>--json</c>: one merge without the two stored records it keeps for undoing.</summary>
    private sealed record MergeJson(
        string Id, string PaperId, string StoredId, string IncomingId, SourceMatch Evidence, DateTimeOffset MergedAt, DateTimeOffset? UndoneAt);
}
