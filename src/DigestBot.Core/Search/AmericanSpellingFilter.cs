using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DigestBot.Search;

/// <summary>
/// Gives a British spelling its American form (<see cref="BritishSpellings"/>): for indexing, as a second word at the
/// same position (the British word stays, so <c>optimis*</c> still finds it); for queries, in its place. So a query in
/// either spelling finds papers in either, and a phrase keeps its positions.
/// </summary>
internal sealed class AmericanSpellingFilter : TokenFilter
{
    /// <summary>
    /// The token type of a word that has another spelling at its position (both carry it), so that what follows
    /// looks for repeated stems only there.
    /// </summary>
    public const string Variant = "<SPELLING>";

    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly ITypeAttribute _type;
    private readonly bool _keepBritish;
    private string? _american;

    public AmericanSpellingFilter(TokenStream input, bool keepBritish) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _keepBritish = keepBritish;
    }

    public override bool IncrementToken()
    {
        if (_american is not null)
        {
            // The attributes are still the British word's (its offsets, so highlighting marks it): only the text changes.
            _term.SetEmpty().Append(_american);
            _position.PositionIncrement = 0;
            _american = null;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (BritishSpellings.TryAmerican(_term.Buffer.AsSpan(0, _term.Length), out var american))
        {
            if (_keepBritish)
            {
                _american = american;
                _type.Type = Variant;
            }
            else
            {
                _term.SetEmpty().Append(american);
            }
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _american = null;
    }
}
