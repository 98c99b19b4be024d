namespace DigestBot.Discord.Models;

/// <summary>The answer to an interaction: a callback type and, for messages and autocomplete, its data.</summary>
public sealed record InteractionResponse(InteractionCallbackType Type)
{
    public InteractionCallbackData? Data { get; init; }

    public static InteractionResponse Pong { get; } = new(InteractionCallbackType.Pong);

    public static InteractionResponse Message(MessagePayload message) =>
        new(InteractionCallbackType.ChannelMessageWithSource) { Data = InteractionCallbackData.From(message) };

    /// <summary>For a button: replaces the message the button is on (a page flip).</summary>
    public static InteractionResponse Update(MessagePayload message) =>
        new(InteractionCallbackType.UpdateMessage) { Data = InteractionCallbackData.From(message) };

    public static InteractionResponse Defer(bool ephemeral) => new(InteractionCallbackType.DeferredChannelMessageWithSource)
    {
        Data = ephemeral ? new InteractionCallbackData { Flags = MessageFlags.Ephemeral } : null,
    };

    public static InteractionResponse Autocomplete(IReadOnlyList<ApplicationCommandOptionChoice> choices) =>
        new(InteractionCallbackType.ApplicationCommandAutocompleteResult) { Data = new InteractionCallbackData { Choices = choices } };
}
