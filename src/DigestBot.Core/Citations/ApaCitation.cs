namespace DigestBot.Citations;

/// <summary><c>cite --format apa --json</c>: <c>{apa}</c>.</summary>
public sealed record ApaCitation(string Apa);
