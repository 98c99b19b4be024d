namespace DigestBot.Discord.Models;

public enum InteractionCallbackType
{
    Pong = 1,
    ChannelMessageWithSource = 4,

    /// <summary>"Thinking": completed later by editing the original response. Only the ephemeral flag is valid.</summary>
    DeferredChannelMessageWithSource = 5,
    DeferredUpdateMessage = 6,
    UpdateMessage = 7,
    ApplicationCommandAutocompleteResult = 8,
    Modal = 9,
}
