using System.Globalization;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace DigestBot.Benchmarks.Relevance;

/// <summary>
/// The baseline: plain BM25 as a search library gives it out of the box, over the same documents in the same run.
/// Lucene's English analyzer (stop words, Porter), title and text in one field, the question's words joined by OR.
/// </summary>
internal sealed class PlainBm25 : IDisposable
{
    private const string Text = "text";
    private static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly RAMDirectory _directory = new();
    private readonly EnglishAnalyzer _analyzer = new(Version);
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public PlainBm25(IEnumerable<RelevanceDocument> documents)
    {
        var similarity = new BM25Similarity();
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(Version, _analyzer) { Similarity = similarity }))
        {
            foreach (var document in documents)
            {
                writer.AddDocument([new StringField("id", document.Id, Field.Store.YES), new TextField(Text, document.Title + "\n" + document.Text, Field.Store.NO)]);
            }
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = similarity };
    }

    /// <summary>The ids of the top <paramref name="k"/> documents for the question.</summary>
    public IReadOnlyList<string> Search(string question, int k)
    {
        var query = new BooleanQuery();
        using (var tokens = _analyzer.GetTokenStream(Text, question))
        {
            var term = tokens.AddAttribute<ICharTermAttribute>();
            tokens.Reset();
            while (tokens.IncrementToken())
            {
                query.Add(new TermQuery(new Term(Text, term.ToString())), Occur.SHOULD);
            }

            tokens.End();
        }

        return [.. _searcher.Search(query, k).ScoreDocs.Select(d => _searcher.Doc(d.Doc).Get("id", CultureInfo.InvariantCulture))];
    }

    public void Dispose()
    {
        _reader.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }
}
