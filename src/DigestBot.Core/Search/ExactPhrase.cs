using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DigestBot.Search;

/// <summary>
/// The documents of one segment where the words stand at their phrase positions, counted: the papers that a
/// <see cref="PhraseQuery"/> with no slop would match, without scoring them.
/// </summary>
internal static class ExactPhrase
{
    /// <param name="postings">Each word's postings with positions, in phrase order.</param>
    /// <param name="positions">Each word's position in the phrase (gaps where analysis dropped a stop word).</param>
    /// <param name="order">The words by how few papers hold them: the first leads the walk.</param>
    /// <param name="end">Where the walk stops: documents from here on are not looked at.</param>
    public static int Count(DocsAndPositionsEnum[] postings, int[] positions, int[] order, int end = DocIdSetIterator.NO_MORE_DOCS)
    {
        var lead = postings[order[0]];
        var seen = new List<int>[postings.Length];
        for (var i = 0; i < seen.Length; i++)
        {
            seen[i] = [];
        }

        var count = 0;
        var doc = lead.NextDoc();
        while (doc < end)
        {
            var next = AlignOthers(postings, order, doc);
            if (next >= end)
            {
                break;
            }

            if (next != doc)
            {
                doc = lead.Advance(next);
                continue;
            }

            if (Stands(postings, positions, seen))
            {
                count++;
            }

            doc = lead.NextDoc();
        }

        return count;
    }

    /// <summary>Advances every other word to <paramref name="doc"/>; the first document one of them lands past it, or doc itself.</summary>
    private static int AlignOthers(DocsAndPositionsEnum[] postings, int[] order, int doc)
    {
        for (var k = 1; k < order.Length; k++)
        {
            var other = postings[order[k]];
            var at = other.DocID < doc ? other.Advance(doc) : other.DocID;
            if (at != doc)
            {
                return at;
            }
        }

        return doc;
    }

    /// <summary>Whether the words, all in the current document, stand somewhere at their phrase positions.</summary>
    private static bool Stands(DocsAndPositionsEnum[] postings, int[] positions, List<int>[] seen)
    {
        for (var i = 0; i < postings.Length; i++)
        {
            seen[i].Clear();
            for (var f = postings[i].Freq; f > 0; f--)
            {
                seen[i].Add(postings[i].NextPosition());
            }
        }

        foreach (var start in seen[0])
        {
            // A phrase that starts with a dropped stop word needs a word before it, as Lucene's phrase query does.
            var origin = start - positions[0];
            var all = origin >= 0;
            for (var i = 1; i < postings.Length && all; i++)
            {
                all = seen[i].BinarySearch(origin + positions[i]) >= 0;
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }
}
