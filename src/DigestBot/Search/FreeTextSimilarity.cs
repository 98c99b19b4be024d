using Lucene.Net.Search.Similarities;

namespace DigestBot.Search;

/// <summary>
/// BM25 with Lucene's classic coordination factor: a best-match query's score is scaled by the share of the question
/// a paper covers (see <see cref="BestMatchQuery"/>). Only that query enables coordination; every other boolean query
/// disables it. A squared or cubed share ranked worse on the relevance collections.
/// </summary>
internal sealed class FreeTextSimilarity : BM25Similarity
{
    public static FreeTextSimilarity Instance { get; } = new();

    public override float Coord(int overlap, int maxOverlap) => maxOverlap == 0 ? 1f : (float)overlap / maxOverlap;
}
