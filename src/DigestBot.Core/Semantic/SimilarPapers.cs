using DigestBot.Papers;
using DigestBot.Search;
using Microsoft.Extensions.Logging;

namespace DigestBot.Semantic;

/// <summary>
/// "Papers like this" by meaning: the papers whose vectors are closest to the paper's (embedded now if it has none).
/// Null when meaning cannot answer (semantic search off, the model unavailable, or no other paper has a vector yet):
/// the caller then falls back to shared words (more-like-this).
/// </summary>
public sealed class SimilarPapers(SemanticIndex index, PaperVectors vectors, SearchService search, ILogger<SimilarPapers> logger)
{
    /// <summary>
    /// What every "papers like this" answers (the Similar button, <c>similar</c>, the dashboard's paper page): the
    /// papers closest in meaning, or, when meaning cannot answer, those sharing the paper's most distinctive words; and
    /// whether meaning answered.
    /// </summary>
    public (IReadOnlyList<SearchHit> Hits, bool ByMeaning) Find(Paper paper, int limit, CancellationToken cancellationToken = default) =>
        Like(paper, limit, cancellationToken) is { Count: > 0 } close ? (close, true) : (search.Similar(paper, limit, cancellationToken), false);

    public IReadOnlyList<SearchHit>? Like(Paper paper, int limit, CancellationToken cancellationToken = default)
    {
        if (!index.Enabled || index.Count - (index.Get(paper.Id) is null ? 0 : 1) == 0)
        {
            return null;
        }

        StoredVector vector;
        try
        {
            vector = vectors.VectorOf(paper);
        }
        catch (SemanticUnavailableException e)
        {
            logger.LogDebug("Similar by shared words: {Reason}", e.Message);
            return null;
        }

        var (hits, _) = index.Search(vector.ToFloats(), limit, exclude: paper.Id);
        return search.Hits([.. hits.Select(h => (h.Key, Math.Round((double)h.Similarity, 4)))], cancellationToken)
            .Select(h => h with { Mode = "semantic", Similarity = h.Score })
            .ToList();
    }
}
