namespace DigestBot.Citations;

/// <summary><c>cite --json</c> in BibTeX: <c>{key, bibtex}</c>.</summary>
public sealed record BibTexCitation(string Key, string Bibtex);
