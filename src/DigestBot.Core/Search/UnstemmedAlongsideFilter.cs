using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DigestBot.Search;

/// <summary>
/// Keeps each word's unstemmed form beside its stem: <see cref="Repeat"/> before a stemmer that skips keywords, then
/// <see cref="DropUnchanged"/> after it. The same tokens as Lucene's <c>KeywordRepeatFilter</c> and
/// <c>RemoveDuplicatesTokenFilter</c> around the stemmer, without their per-token <c>CaptureState</c> and sets: the
/// clones of every attribute were the largest single cost of indexing (30% of a 20k-paper import's CPU).
/// </summary>
internal static class UnstemmedAlongsideFilter
{
    public static TokenStream Around(TokenStream stream, Func<TokenStream, TokenStream> stemmer) =>
        new DropUnchanged(stemmer(new Repeat(stream)));

    /// <summary>
    /// Emits each word twice: marked as a keyword (left alone by the stemmer), then unmarked at the same position.
    /// Nothing between the two calls touches the attributes, so the second emission is the word as it came.
    /// </summary>
    private sealed class Repeat : TokenFilter
    {
        private readonly IKeywordAttribute _keyword;
        private readonly IPositionIncrementAttribute _position;
        private bool _again;

        public Repeat(TokenStream input) : base(input)
        {
            _keyword = AddAttribute<IKeywordAttribute>();
            _position = AddAttribute<IPositionIncrementAttribute>();
        }

        public override bool IncrementToken()
        {
            if (_again)
            {
                _again = false;
                _keyword.IsKeyword = false;
                _position.PositionIncrement = 0;
                return true;
            }

            if (!m_input.IncrementToken())
            {
                return false;
            }

            _keyword.IsKeyword = true;
            _again = true;
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            _again = false;
        }
    }

    /// <summary>
    /// Drops a word already given at the same position: the second emission of a word the stemmer left as it was, and
    /// the stem of a second spelling when it is the first's ("modelling" and "modeling" both stem to "model"), as
    /// Lucene's <c>RemoveDuplicatesTokenFilter</c> does, without its set. A position holds one word and maybe its stem,
    /// so only the word is kept to compare with; where a second spelling is marked (<see cref="AmericanSpellingFilter.Variant"/>),
    /// every form given there is.
    /// </summary>
    private sealed class DropUnchanged : TokenFilter
    {
        // The words given at the current position: one or two for most positions, four at most kept.
        private const int Kept = 4;
        private readonly ICharTermAttribute _term;
        private readonly IPositionIncrementAttribute _position;
        private readonly ITypeAttribute _type;
        private readonly char[][] _given = [new char[32], new char[32], new char[32], new char[32]];
        private readonly int[] _lengths = new int[Kept];
        private int _count;
        private bool _variants;

        public DropUnchanged(TokenStream input) : base(input)
        {
            _term = AddAttribute<ICharTermAttribute>();
            _position = AddAttribute<IPositionIncrementAttribute>();
            _type = AddAttribute<ITypeAttribute>();
        }

        public override bool IncrementToken()
        {
            while (m_input.IncrementToken())
            {
                var term = _term.Buffer.AsSpan(0, _term.Length);
                if (_position.PositionIncrement > 0)
                {
                    _count = 0;
                    _variants = ReferenceEquals(_type.Type, AmericanSpellingFilter.Variant);
                }
                else if (Given(term))
                {
                    continue;
                }

                if ((_count == 0 || _variants) && _count < Kept)
                {
                    if (_given[_count].Length < term.Length)
                    {
                        _given[_count] = new char[term.Length * 2];
                    }

                    term.CopyTo(_given[_count]);
                    _lengths[_count++] = term.Length;
                }

                return true;
            }

            return false;
        }

        public override void Reset()
        {
            base.Reset();
            _count = 0;
            _variants = false;
        }

        private bool Given(ReadOnlySpan<char> term)
        {
            for (var i = 0; i < _count; i++)
            {
                if (term.SequenceEqual(_given[i].AsSpan(0, _lengths[i])))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
