namespace DigestBot.QueryLanguage;

/// <summary>One lexical token of a query; <see cref="Text"/> is what the user typed (operators) or the term's text.</summary>
internal readonly record struct QueryToken(QueryTokenKind Kind, string Text)
{
    public bool IsBinaryOperator => Kind is QueryTokenKind.And or QueryTokenKind.Or or QueryTokenKind.AndNot;

    /// <summary>How the token reads in a message: operators as typed, fields with their colon.</summary>
    public string Shown => Kind == QueryTokenKind.Field ? Text + ":" : Text;
}
