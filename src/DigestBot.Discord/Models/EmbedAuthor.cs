namespace DigestBot.Discord.Models;

/// <summary>An embed's author line; Discord shows its name without markdown.</summary>
public sealed record EmbedAuthor(string Name)
{
    public string? Url { get; init; }

    public string? IconUrl { get; init; }
}
