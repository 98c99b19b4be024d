using Lucene.Net.Search;

namespace DigestBot.Search;

/// <summary>
/// Iterates the papers holding at least a minimum m of the words. Any such paper holds one of the words left after
/// setting aside the m − 1 with the most postings, so only those rarer words are walked; the common words are moved
/// to each candidate (skipping over their postings), as Lucene's minimum-should-match scorer does. The score, computed
/// only when asked (a count asks for none), is the matched words' scores summed, times the weight of the words matched
/// over the weight of all the question's words.
/// </summary>
internal sealed class CoverageScorer : Scorer
{
    private readonly WordCursor[] _head;
    private readonly WordCursor[] _tail;
    private readonly double _total;
    private readonly int _minimum;
    private readonly int _maximum;
    private int _doc = -1;
    private int _matched;
    private float? _score;

    /// <param name="words">The words some paper of the segment holds.</param>
    /// <param name="total">The weight of every word of the question, including those no paper of the segment holds.</param>
    /// <param name="maximum">The most words a matching paper may hold.</param>
    public CoverageScorer(Weight weight, IReadOnlyList<WordCursor> words, double total, int minimum, int maximum)
        : base(weight)
    {
        // The m − 1 costliest words are only moved to candidates, the rarest of them first (it fails soonest).
        var byCost = words.OrderByDescending(w => w.Cost).ToList();
        _tail = [.. byCost.Take(minimum - 1).Reverse()];
        _head = [.. byCost.Skip(minimum - 1)];
        _total = total;
        _minimum = minimum;
        _maximum = maximum;
    }

    public override int DocID => _doc;

    /// <summary>How many of the words the current paper holds.</summary>
    public override int Freq => _matched;

    public override int NextDoc() => Next(_doc + 1);

    public override int Advance(int target) => Next(Math.Max(target, _doc + 1));

    public override long GetCost() => _head.Sum(w => w.Cost);

    public override float GetScore()
    {
        if (_score is { } known)
        {
            return known;
        }

        var (sum, covered) = (0f, 0.0);
        Add(_head, ref sum, ref covered);
        Add(_tail, ref sum, ref covered);
        _score = sum * (float)(covered / _total);
        return _score.Value;
    }

    public override ICollection<ChildScorer> GetChildren() =>
        [.. _head.Concat(_tail).SelectMany(w => w.Fields).Select(s => new ChildScorer(s, "SHOULD"))];

    private void Add(WordCursor[] words, ref float sum, ref double covered)
    {
        foreach (var word in words)
        {
            if (word.Doc == _doc)
            {
                sum += word.Score();
                covered += word.Weight;
            }
        }
    }

    private int Next(int target)
    {
        _score = null;
        while (true)
        {
            var candidate = NO_MORE_DOCS;
            foreach (var word in _head)
            {
                candidate = Math.Min(candidate, word.MoveTo(target));
            }

            if (candidate == NO_MORE_DOCS)
            {
                return _doc = NO_MORE_DOCS;
            }

            _matched = 0;
            foreach (var word in _head)
            {
                _matched += word.Doc == candidate ? 1 : 0;
            }

            for (var i = 0; i < _tail.Length && _matched + (_tail.Length - i) >= _minimum; i++)
            {
                _matched += _tail[i].MoveTo(candidate) == candidate ? 1 : 0;
            }

            // A paper reaching the minimum was moved on every word, so its count is whole.
            if (_matched >= _minimum && _matched <= _maximum)
            {
                return _doc = candidate;
            }

            target = candidate + 1;
        }
    }
}
