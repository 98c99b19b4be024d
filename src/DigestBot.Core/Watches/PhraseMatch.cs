using Lucene.Net.Search;

namespace DigestBot.Watches;

/// <summary>An exact phrase: every term present, each at its offset from the first (slop 0, as the index checks it).</summary>
internal sealed class PhraseMatch : MatchNode
{
    private readonly int[] _terms;
    private readonly int[] _offsets;

    private PhraseMatch(int[] terms, int[] offsets, int key)
    {
        _terms = terms;
        _offsets = offsets;
        Keys = [key];
    }

    public override IReadOnlyList<int> Keys { get; }

    public static PhraseMatch Compile(PhraseQuery phrase, WatchTerms terms)
    {
        var phraseTerms = phrase.GetTerms();
        var ids = phraseTerms.Select(t => terms.Intern(t.Field, t.Text)).ToArray();

        // Every term is required; the longest is usually the rarest, so the best pre-filter key.
        var key = ids[Array.IndexOf(phraseTerms, phraseTerms.MaxBy(t => t.Text.Length))];
        return new PhraseMatch(ids, phrase.GetPositions(), key);
    }

    public override bool Matches(PaperTerms paper)
    {
        foreach (var term in _terms)
        {
            if (!paper.Has(term))
            {
                return false;
            }
        }

        foreach (var start in paper.Positions(_terms[0]))
        {
            var at = start - _offsets[0];
            var all = true;
            for (var i = 1; i < _terms.Length && all; i++)
            {
                all = paper.Positions(_terms[i]).BinarySearch(at + _offsets[i]) >= 0;
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }
}
