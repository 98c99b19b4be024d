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

    /// <summary>Drops the second emission of a word when the stemmer left it as it was.</summary>
    private sealed class DropUnchanged : TokenFilter
    {
        private readonly ICharTermAttribute _term;
        private readonly IKeywordAttribute _keyword;
        private char[] _word = new char[32];
        private int _wordLength;

        public DropUnchanged(TokenStream input) : base(input)
        {
            _term = AddAttribute<ICharTermAttribute>();
            _keyword = AddAttribute<IKeywordAttribute>();
        }

        public override bool IncrementToken()
        {
            while (m_input.IncrementToken())
            {
                var term = _term.Buffer.AsSpan(0, _term.Length);
                if (_keyword.IsKeyword)
                {
                    if (_word.Length < term.Length)
                    {
                        _word = new char[term.Length * 2];
                    }

                    term.CopyTo(_word);
                    _wordLength = term.Length;
                    return true;
                }

                if (!term.SequenceEqual(_word.AsSpan(0, _wordLength)))
                {
                    return true;
                }
            }

            return false;
        }

        public override void Reset()
        {
            base.Reset();
            _wordLength = 0;
        }
    }
}
