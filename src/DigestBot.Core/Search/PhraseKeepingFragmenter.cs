using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Search.Highlight;

namespace DigestBot.Search;

/// <summary>
/// Cuts an abstract into snippet-sized fragments without splitting a matched phrase. Lucene's
/// <see cref="SimpleSpanFragmenter"/> does the same but, after a phrase, waits for the exact position that follows
/// it; when that position holds a stop word the analysis removed ("sparse attention to improve"), it waits for ever
/// and the rest of the abstract becomes one fragment (a 1,400-character snippet). Here a phrase ends at any later
/// position.
/// </summary>
internal sealed class PhraseKeepingFragmenter(QueryScorer scorer, int size) : IFragmenter
{
    private ICharTermAttribute? _term;
    private IPositionIncrementAttribute? _increment;
    private IOffsetAttribute? _offset;
    private int _position;
    private int _phraseEnd;
    private int _fragments;
    private int _textLength;

    public void Start(string originalText, TokenStream tokenStream)
    {
        _term = tokenStream.AddAttribute<ICharTermAttribute>();
        _increment = tokenStream.AddAttribute<IPositionIncrementAttribute>();
        _offset = tokenStream.AddAttribute<IOffsetAttribute>();
        _position = -1;
        _phraseEnd = -1;
        _fragments = 1;
        _textLength = originalText.Length;
    }

    public bool IsNewFragment()
    {
        _position += _increment!.PositionIncrement;
        if (_position <= _phraseEnd)
        {
            return false;
        }

        if (scorer.GetWeightedSpanTerm(_term!.ToString()) is { } weighted)
        {
            foreach (var span in weighted.PositionSpans)
            {
                if (span.Start == _position)
                {
                    _phraseEnd = span.End;
                    break;
                }
            }
        }

        // A new fragment every `size` characters, unless what is left would make a fragment under half that size.
        var end = _offset!.EndOffset;
        var isNew = end >= size * _fragments && _textLength - end >= size / 2;
        if (isNew)
        {
            _fragments++;
        }

        return isNew;
    }
}
