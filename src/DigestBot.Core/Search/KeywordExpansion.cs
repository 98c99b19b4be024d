using DigestBot.QueryLanguage;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DigestBot.Search;

/// <summary>EXPERIMENT: relevance-model (RM3-style) keyword expansion, re-scoring the pool only.</summary>
internal static class KeywordExpansion
{
    internal sealed record Settings(int Docs, int Terms, double Weight, bool Idf, double MaxDf);

    internal static Settings? Current { get; set; } = Parse(Environment.GetEnvironmentVariable("DIGESTBOT_RM3"));

    internal static Settings? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var p = text.Split(',');
        return new Settings(int.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture),
            double.Parse(p[2], System.Globalization.CultureInfo.InvariantCulture), p.Length > 3 && p[3] == "idf",
            p.Length > 4 ? double.Parse(p[4], System.Globalization.CultureInfo.InvariantCulture) : 1.0);
    }

    private static readonly HashSet<string> Stored = [IndexFields.Title, IndexFields.Abstract];

    public static IReadOnlyList<ScoreDoc> Rescore(IndexSearcher searcher, IReadOnlyList<ScoreDoc> docs, SearchQuery query, Settings s)
    {
        if (docs.Count == 0)
        {
            return docs;
        }

        var own = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in query.Words)
        {
            foreach (var t in Terms(w))
            {
                own.Add(t);
            }
        }

        var fb = docs.OrderByDescending(d => d.Score).Take(s.Docs).ToList();
        var sum = fb.Sum(d => (double)d.Score);
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var d in fb)
        {
            var doc = searcher.Doc(d.Doc, Stored);
            var terms = Terms(doc.Get(IndexFields.Title, System.Globalization.CultureInfo.InvariantCulture) + "\n" + doc.Get(IndexFields.Abstract, System.Globalization.CultureInfo.InvariantCulture));
            if (terms.Count == 0)
            {
                continue;
            }

            var p = d.Score / sum;
            foreach (var g in terms.GroupBy(t => t, StringComparer.Ordinal))
            {
                weights[g.Key] = weights.GetValueOrDefault(g.Key) + (p * g.Count() / terms.Count);
            }
        }

        var n = searcher.IndexReader.NumDocs;
        var chosen = weights
            .Where(w => !own.Contains(w.Key) && w.Key.Length > 1 && !w.Key.All(char.IsDigit))
            .Select(w =>
            {
                var df = searcher.IndexReader.DocFreq(new Term(IndexFields.Abstract, w.Key));
                return (w.Key, W: s.Idf ? w.Value * Math.Log(1 + (n / (double)Math.Max(1, df))) : w.Value, Df: df);
            })
            .Where(w => w.Df <= s.MaxDf * n)
            .OrderByDescending(w => w.W).Take(s.Terms).ToList();
        if (chosen.Count == 0)
        {
            return docs;
        }

        var top = chosen[0].W;
        var expansion = new BooleanQuery(disableCoord: true);
        foreach (var (term, w, _) in chosen)
        {
            expansion.Add(new TermQuery(new Term(IndexFields.Abstract, term)) { Boost = (float)(s.Weight * w / top) }, Occur.SHOULD);
            expansion.Add(new TermQuery(new Term(IndexFields.Title, term)) { Boost = (float)(s.Weight * LuceneQueries.TitleBoost * w / top) }, Occur.SHOULD);
        }

        var copy = docs.Select(d => new ScoreDoc(d.Doc, d.Score)).ToArray();
        var added = AddedScores.Add(searcher, new TopDocs(copy.Length, copy, copy.Max(c => c.Score)), expansion, copy.Length);
        return added.ScoreDocs;
    }

    private static List<string> Terms(string text)
    {
        var list = new List<string>();
        using var tokens = PaperAnalyzer.ForQueries.GetTokenStream(IndexFields.Abstract, text);
        var term = tokens.AddAttribute<ICharTermAttribute>();
        tokens.Reset();
        while (tokens.IncrementToken())
        {
            list.Add(term.ToString());
        }

        tokens.End();
        return list;
    }
}
