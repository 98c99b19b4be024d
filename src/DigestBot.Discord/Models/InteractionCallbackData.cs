namespace DigestBot.Discord.Models;

/// <summary>A message response's data, or an autocomplete result's <see cref="Choices"/> (at most 25).</summary>
public sealed record InteractionCallbackData : MessagePayload
{
    public const int MaxChoices = 25;

    public IReadOnlyList<ApplicationCommandOptionChoice>? Choices { get; init; }

    public static InteractionCallbackData From(MessagePayload message) => new()
    {
        Content = message.Content,
        Embeds = message.Embeds,
        Components = message.Components,
        AllowedMentions = message.AllowedMentions,
        Flags = message.Flags,
    };
}
