using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DigestBot.Search;

/// <summary>
/// For free text relaxing: how many papers hold at least m of the question's words, for every m. A one-token word is
/// counted from its postings in title, abstract and authors directly (no scorers: this runs before every best-match
/// search); a word analysis splits (Pre-LN, a phrase) through its query.
/// </summary>
internal static class WordCounts
{
    private static readonly string[] Fields = [IndexFields.Title, IndexFields.Abstract, IndexFields.Authors];

    /// <summary>Element m is how many papers match m or more of the words (element 0 is unused).</summary>
    /// <param name="words">The words as typed, in step with <paramref name="queries"/>, their queries.</param>
    public static int[] AtLeast(IndexSearcher searcher, IReadOnlyList<string> words, IReadOnlyList<Query> queries, DateTimeOffset? since)
    {
        var exactly = new int[words.Count + 1];
        var terms = words.Select(w => Fields.Select(f => Token(f, w)).ToArray()).ToList();
        var filter = since is { } from ? NumericRangeFilter.NewInt64Range(IndexFields.Published, from.ToUnixTimeSeconds(), null, true, true) : null;
        var weights = queries.Select((q, i) => terms[i].Any(t => t is null) ? searcher.CreateNormalizedWeight(q) : null).ToList();
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var counts = new byte[reader.MaxDoc];
            var seen = new int[reader.MaxDoc];
            for (var i = 0; i < words.Count; i++)
            {
                foreach (var doc in Matches(leaf, terms[i], weights[i]))
                {
                    // A word in the title and the abstract is one word matched.
                    if (seen[doc] != i + 1)
                    {
                        seen[doc] = i + 1;
                        counts[doc]++;
                    }
                }
            }

            var window = filter is null ? null : Bits(filter.GetDocIdSet(leaf, reader.LiveDocs), reader.MaxDoc);
            for (var doc = 0; doc < counts.Length; doc++)
            {
                if (window is null || window.Get(doc))
                {
                    exactly[counts[doc]]++;
                }
            }
        }

        var atLeast = new int[words.Count + 1];
        for (var m = words.Count; m >= 1; m--)
        {
            atLeast[m] = exactly[m] + (m < words.Count ? atLeast[m + 1] : 0);
        }

        return atLeast;
    }

    private static IEnumerable<int> Matches(AtomicReaderContext leaf, Term?[] terms, Weight? weight)
    {
        var reader = leaf.AtomicReader;
        if (weight is not null)
        {
            var scorer = weight.GetScorer(leaf, reader.LiveDocs);
            for (var doc = scorer?.NextDoc() ?? DocIdSetIterator.NO_MORE_DOCS; doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer!.NextDoc())
            {
                yield return doc;
            }

            yield break;
        }

        foreach (var term in terms)
        {
            var docs = reader.GetTermDocsEnum(term!); // live documents only
            for (var doc = docs?.NextDoc() ?? DocIdSetIterator.NO_MORE_DOCS; doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs!.NextDoc())
            {
                yield return doc;
            }
        }
    }

    /// <summary>The word's one token in the field as queries analyse it; null when it has none or several.</summary>
    private static Term? Token(string field, string word)
    {
        string? token = null;
        var count = 0;
        using var tokens = PaperAnalyzer.ForQueries.GetTokenStream(field, word.Replace('_', ' '));
        var term = tokens.AddAttribute<ICharTermAttribute>();
        tokens.Reset();
        while (tokens.IncrementToken())
        {
            token = term.ToString();
            count++;
        }

        tokens.End();
        return count == 1 ? new Term(field, token) : null;
    }

    private static FixedBitSet? Bits(DocIdSet? set, int maxDoc)
    {
        var bits = new FixedBitSet(maxDoc);
        if (set?.GetIterator() is { } iterator)
        {
            bits.Or(iterator);
        }

        return bits;
    }
}
