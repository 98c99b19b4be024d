using Lucene.Net.Search;

namespace DigestBot.Search;

/// <summary>
/// Where one word of a best-match question stands in a segment: the papers holding it in any of its fields (title,
/// abstract, authors), each field's scorer advanced on its own. Unlike Lucene's disjunction scorer it scores nothing
/// as it moves, only when asked for the paper it is on: most candidates of best match fail the minimum and are never
/// scored, and counting scores none.
/// </summary>
internal sealed class WordCursor(Scorer[] fields, double weight)
{
    public Scorer[] Fields { get; } = fields;

    /// <summary>How much the word counts towards the share of the question a paper covers.</summary>
    public double Weight { get; } = weight;

    /// <summary>The paper the word is on: the first at or after the last target holding it.</summary>
    public int Doc { get; private set; } = -1;

    public long Cost => Fields.Sum(f => f.GetCost());

    /// <summary>Moves to the first paper at or after <paramref name="target"/> holding the word (a target behind it leaves it where it is).</summary>
    public int MoveTo(int target)
    {
        if (Doc >= target)
        {
            return Doc;
        }

        var next = DocIdSetIterator.NO_MORE_DOCS;
        foreach (var field in Fields)
        {
            var doc = field.DocID;
            if (doc < target)
            {
                doc = doc == target - 1 ? field.NextDoc() : field.Advance(target);
            }

            next = Math.Min(next, doc);
        }

        return Doc = next;
    }

    /// <summary>The word's score in the paper it is on: its fields' scores summed, as a disjunction of them scores it.</summary>
    public float Score()
    {
        var sum = 0f;
        foreach (var field in Fields)
        {
            if (field.DocID == Doc)
            {
                sum += field.GetScore();
            }
        }

        return sum;
    }
}
