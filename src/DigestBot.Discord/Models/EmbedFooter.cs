namespace DigestBot.Discord.Models;

/// <summary>An embed's footer; Discord shows its text without markdown.</summary>
public sealed record EmbedFooter(string Text)
{
    public string? IconUrl { get; init; }
}
