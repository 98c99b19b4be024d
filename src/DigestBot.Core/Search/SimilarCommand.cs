using DigestBot.Commands;
using DigestBot.Papers;
using DigestBot.Semantic;

namespace DigestBot.Search;

/// <summary>
/// The Similar button under a paper and <c>similar ID [--limit N]</c>: the five papers (or N, in the terminal) closest to it in meaning (by their vectors,
/// see <see cref="SimilarPapers"/>), or, when meaning cannot answer, the papers sharing its most distinctive words
/// (more-like-this); the reply says which.
/// </summary>
public sealed class SimilarCommand(SimilarPapers similar, MissingPapers papers) : ICommandHandler
{
    public const string Name = "similar";

    /// <summary>The most papers <c>--limit</c> may ask for.</summary>
    public const int MaxLimit = 50;

    public static CommandDefinition Definition { get; } = new(
        Name,
        "Papers close in meaning to this one (by shared words when semantic search is off)",
        [
            new CommandOption("id", "The paper: an arXiv id, DOI or link") { Required = true, Positional = true },
            // In the terminal only: Discord shows one page of cards under the button and /similar.
            new CommandOption("limit", $"How many papers (default {SearchReplies.PageSize})", OptionType.Integer) { Min = 1, Max = MaxLimit, LocalOnly = true },
        ])
    {
        SupportsJson = true,
        Example = "2606.13392",
        CheckInput = request => Id(request.GetRequiredString("id")),
    };

    public async ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var text = request.GetRequiredString("id");
        _ = Id(text); // a paper key's forms only, as CheckInput says, before anything is fetched: an OpenAlex id is refused
        var (paper, fetchedFrom) = await papers.ResolveAsync(text, request, cancellationToken);
        var limit = (int)(request.GetInteger("limit") ?? SearchReplies.PageSize);
        var title = ReplyMarkup.Escape(ReadableTex.Readable(paper.Title));
        var (hits, byMeaning) = similar.Find(paper, limit, cancellationToken);
        var fetched = fetchedFrom is null ? string.Empty : $"Fetched {paper.Id} from {fetchedFrom} just now (it was not stored here). ";
        return new Reply
        {
            Text = fetched + (byMeaning ? ByMeaning(paper.Id, title, hits)
                : hits.Count == 0 ? $"Nothing in the index is much like {paper.Id} yet."
                : $"Papers like {paper.Id} ({title}), sharing its most distinctive words:"),
            Cards = [.. hits.Select((hit, i) => SearchReplies.Card(hit, i + 1))],
            Data = hits,
        };
    }

    /// <summary>
    /// The line above the nearest papers by meaning, saying how many are close enough to count as like the paper (as
    /// close as a <c>like:</c> watch needs, <see cref="SemanticThresholds.Like"/>): the nearest of a small or distant store
    /// are shown, but not called close.
    /// </summary>
    private static string ByMeaning(string id, string title, IReadOnlyList<SearchHit> hits)
    {
        var close = hits.Count(h => h.Similarity >= SemanticThresholds.Like);
        return close switch
        {
            _ when close == hits.Count => $"Papers close in meaning to {id} ({title}):",
            0 => $"No stored paper is close enough in meaning to {id} ({title}) to count as like it — showing the nearest:",
            1 => $"1 paper is close in meaning to {id} ({title}), then the nearest:",
            _ => $"{close} papers are close in meaning to {id} ({title}), then the nearest:",
        };
    }

    private static PaperId Id(string text) =>
        PaperId.TryParse(text, out var id) ? id : throw new CommandInputException(PaperId.InvalidMessage(text));
}
