namespace DigestBot.Discord.Models;

/// <summary>A field of an embed: both name and value are required and non-blank.</summary>
public sealed record EmbedField(string Name, string Value)
{
    public bool? Inline { get; init; }
}
