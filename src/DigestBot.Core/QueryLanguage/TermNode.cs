namespace DigestBot.QueryLanguage;

/// <summary>
/// One term of a query: a word (possibly with <c>*</c>/<c>?</c> wildcards) or a quoted phrase, in one field.
/// <see cref="Text"/> is as the user typed it; analysis (stemming, folding) happens when the index runs it.
/// </summary>
public sealed record TermNode(SearchField Field, string Text, bool Phrase = false) : QueryNode
{
    public bool IsWildcard => !Phrase && Text.AsSpan().IndexOfAny('*', '?') >= 0;

    public override string ToString() => SearchFields.Prefix(Field) + (Phrase ? $"\"{Text}\"" : Text);

    /// <summary>The paper ids of a <c>like:</c> term: one, or several separated by commas.</summary>
    public static IReadOnlyList<string> LikeIds(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
