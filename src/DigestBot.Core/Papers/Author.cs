namespace DigestBot.Papers;

/// <summary>One author, in paper order, with the affiliations the source gave (often none).</summary>
public sealed record Author(string Name, IReadOnlyList<string>? Affiliations = null)
{
    public IReadOnlyList<string> Affiliations { get; init; } = Affiliations ?? [];
}
