using DigestBot.Commands;

namespace DigestBot.Watches;

/// <summary>
/// Why a watch's query or name is refused, in the terminal's terms, and which of <c>watch add</c>'s options it is about:
/// <see cref="QueryOption"/> (the query the watch would run, given or built from <c>--about</c>) or <see cref="NameOption"/>.
/// </summary>
public sealed record WatchProblem(string Text, string Option)
{
    public const string QueryOption = "query";
    public const string NameOption = "name";

    public static WatchProblem OfQuery(string text) => new(text, QueryOption);

    public static WatchProblem OfName(string text) => new(text, NameOption);

    /// <summary>The refusal a command throws for it.</summary>
    public CommandInputException Refusal() => new(Text, Option);
}
