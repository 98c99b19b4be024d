using DigestBot.Commands;
using DigestBot.Papers;

namespace DigestBot.Search;

/// <summary>The Similar button under a paper: the papers most like it in the index (more-like-this), five of them.</summary>
public sealed class SimilarCommand(SearchService search, PaperStore store) : ICommandHandler
{
    public const string Name = "similar";

    public static CommandDefinition Definition { get; } = new(
        Name,
        "Papers like this one",
        [new CommandOption("id", "The paper") { Required = true }])
    {
        Hidden = true,
    };

    public ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var text = request.GetRequiredString("id");
        if (!PaperId.TryParse(text, out var id))
        {
            throw new CommandInputException(PaperId.InvalidMessage(text));
        }

        var paper = store.Find(id) ?? throw new CommandInputException(PaperCommand.NotFound(id));
        var hits = search.Similar(paper, SearchReplies.PageSize, cancellationToken);
        return ValueTask.FromResult(new Reply
        {
            Text = hits.Count == 0 ? $"Nothing in the index is much like {paper.Id} yet." : $"Papers like {paper.Id} ({ReplyMarkup.Escape(paper.Title)}):",
            Cards = [.. hits.Select((hit, i) => SearchReplies.Card(hit, i + 1))],
            Data = hits,
        });
    }
}
