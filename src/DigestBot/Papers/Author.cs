namespace DigestBot.Papers;

/// <summary>One author, in paper order, with the affiliations the source gave (often none).</summary>
public sealed record Author(string Name, IReadOnlyList<string> Affiliations)
{
    public Author(string name)
        : this(name, [])
    {
    }
}
