namespace DigestBot.Discord.Models;

/// <summary>
/// A rich embed. Discord's limits (title 256, description 4096, 25 fields, field name 256 / value 1024,
/// footer 2048, author 256, 6000 in total per message) are in <see cref="EmbedLimits"/>; embeds that share a
/// <see cref="Url"/> in one message are merged by Discord, so each needs its own.
/// </summary>
public sealed record Embed
{
    public string? Title { get; init; }

    /// <summary>Always <c>rich</c> for embeds a bot sends.</summary>
    public string? Type { get; init; } = "rich";

    public string? Description { get; init; }

    public string? Url { get; init; }

    public DateTimeOffset? Timestamp { get; init; }

    public int? Color { get; init; }

    public EmbedFooter? Footer { get; init; }

    public EmbedAuthor? Author { get; init; }

    public IReadOnlyList<EmbedField>? Fields { get; init; }
}
