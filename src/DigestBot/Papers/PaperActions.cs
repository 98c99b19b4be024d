using DigestBot.Commands;
using DigestBot.DiscordBot;

namespace DigestBot.Papers;

/// <summary>The buttons under a paper card in Discord: its summary, its BibTeX, papers like it. Terminals skip them.</summary>
public static class PaperActions
{
    public static IReadOnlyList<ReplyButton> For(Paper paper) =>
    [
        .. new[]
        {
            new ReplyButton("Summary") { Action = ComponentAction.Format("summary paper", Id(paper)) },
            new ReplyButton("BibTeX") { Action = ComponentAction.Format("cite", new Dictionary<string, string> { ["paper"] = paper.Id, ["format"] = "bibtex" }) },
            new ReplyButton("Similar") { Action = ComponentAction.Format("similar", Id(paper)) },
        }.Where(b => b.Action is not null),
    ];

    private static Dictionary<string, string> Id(Paper paper) => new() { ["id"] = paper.Id };
}
