using DigestBot.Commands;
using DigestBot.Papers;
using DigestBot.Semantic;

namespace DigestBot.Search;

/// <summary>
/// The Similar button under a paper and <c>similar ID</c>: the five papers closest to it in meaning (by their vectors,
/// see <see cref="SimilarPapers"/>), or, when meaning cannot answer, the papers sharing its most distinctive words
/// (more-like-this); the reply says which.
/// </summary>
public sealed class SimilarCommand(SearchService search, SimilarPapers similar, PaperStore store) : ICommandHandler
{
    public const string Name = "similar";

    public static CommandDefinition Definition { get; } = new(
        Name,
        "Papers close in meaning to this one (by shared words when semantic search is off)",
        [new CommandOption("id", "The paper: an arXiv id, DOI or link") { Required = true, Positional = true }])
    {
        SupportsJson = true,
        Example = "2405.13786",
    };

    public ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var text = request.GetRequiredString("id");
        if (!PaperId.TryParse(text, out var id))
        {
            throw new CommandInputException(PaperId.InvalidMessage(text));
        }

        var paper = store.Find(id) ?? throw new CommandInputException(PaperArgument.NotFound(id));
        var title = ReplyMarkup.Escape(paper.Title);
        if (similar.Like(paper, SearchReplies.PageSize, cancellationToken) is { Count: > 0 } close)
        {
            return ValueTask.FromResult(new Reply
            {
                Text = $"Papers close in meaning to {paper.Id} ({title}):",
                Cards = [.. close.Select((hit, i) => SearchReplies.Card(hit, i + 1))],
                Data = close,
            });
        }

        var hits = search.Similar(paper, SearchReplies.PageSize, cancellationToken);
        return ValueTask.FromResult(new Reply
        {
            Text = hits.Count == 0 ? $"Nothing in the index is much like {paper.Id} yet." : $"Papers like {paper.Id} ({title}), sharing its most distinctive words:",
            Cards = [.. hits.Select((hit, i) => SearchReplies.Card(hit, i + 1))],
            Data = hits,
        });
    }
}
