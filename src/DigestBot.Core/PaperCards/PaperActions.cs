using DigestBot.Citations;
using DigestBot.Commands;
using DigestBot.Papers;
using DigestBot.Search;
using DigestBot.Summaries;

namespace DigestBot.PaperCards;

/// <summary>The buttons under a paper card in Discord: its summary, its BibTeX, papers like it. Terminals skip them.</summary>
public static class PaperActions
{
    public static IReadOnlyList<ReplyButton> For(Paper paper) =>
    [
        .. new[]
        {
            new ReplyButton("Summary") { Action = ComponentAction.Format(SummaryPaperCommand.Definition.Name, Id(paper)) },
            new ReplyButton("BibTeX") { Action = ComponentAction.Format(CiteCommand.Definition.Name, new Dictionary<string, string> { ["paper"] = paper.Id, ["format"] = "bibtex" }) },
            new ReplyButton("Similar") { Action = ComponentAction.Format(SimilarCommand.Name, Id(paper)) },
        }.Where(b => b.Action is not null),
    ];

    private static Dictionary<string, string> Id(Paper paper) => new() { ["id"] = paper.Id };
}
