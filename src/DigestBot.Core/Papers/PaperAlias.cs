namespace DigestBot.Papers;

/// <summary>
/// Another key under which a paper is found: a DOI, or the key it had before it was re-keyed to its arXiv id.
/// <see cref="Id"/> is the alias key (<c>doi:10.1109/x</c>), <see cref="PaperId"/> the paper's current key.
/// </summary>
public sealed record PaperAlias
{
    public required string Id { get; init; }

    public required string PaperId { get; init; }
}
