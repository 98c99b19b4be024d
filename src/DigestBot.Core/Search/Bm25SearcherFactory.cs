using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace DigestBot.Search;

/// <summary>Searchers that score with BM25, as the index is written (Lucene 4.8 defaults to TF-IDF).</summary>
internal sealed class Bm25SearcherFactory : SearcherFactory
{
    public static Similarity Similarity { get; } = new BM25Similarity();

    public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Similarity };
}
