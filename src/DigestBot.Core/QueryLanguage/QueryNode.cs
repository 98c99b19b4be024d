namespace DigestBot.QueryLanguage;

/// <summary>
/// A parsed query: terms (<see cref="TermNode"/>) combined by <see cref="AndNode"/>, <see cref="OrNode"/> and
/// <see cref="NotNode"/>. Its <see cref="object.ToString"/> is a canonical, fully parenthesised form.
/// </summary>
public abstract record QueryNode;
