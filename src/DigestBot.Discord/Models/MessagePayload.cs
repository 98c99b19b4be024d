namespace DigestBot.Discord.Models;

/// <summary>
/// What a message says: the body of an edit, an interaction response's data, a follow-up or webhook message.
/// <see cref="MessageCreate"/> adds the nonce for channel posts.
/// </summary>
public record MessagePayload
{
    public string? Content { get; init; }

    public IReadOnlyList<Embed>? Embeds { get; init; }

    public IReadOnlyList<Component>? Components { get; init; }

    public AllowedMentions? AllowedMentions { get; init; }

    public MessageFlags? Flags { get; init; }
}
