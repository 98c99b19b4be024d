namespace DigestBot.QueryLanguage;

internal enum QueryTokenKind
{
    Word,
    Phrase,

    /// <summary>A known field prefix; <see cref="QueryToken.Text"/> is the prefix without its colon.</summary>
    Field,
    Open,
    Close,
    And,
    Or,
    Not,
    AndNot,
    Plus,
    Minus,
}
