using DigestBot.Commands;
using Discord;

namespace DigestBot.DiscordBot;

/// <summary>The first response to an interaction from the gateway: Discord.Net's callback over REST.</summary>
internal sealed class CallbackFirstResponse(IDiscordInteraction interaction) : IFirstResponse
{
    public bool CanRetry => true;

    public Task MessageAsync(DiscordMessage message, RequestOptions options) =>
        interaction.RespondAsync(message.Content, [.. message.Embeds], ephemeral: message.Ephemeral,
            allowedMentions: DiscordMessage.NoMentions, components: message.Components, options: options);

    public Task DeferAsync(RequestOptions options) => interaction is IComponentInteraction component
        ? component.DeferLoadingAsync(ephemeral: false, options)
        : interaction.DeferAsync(ephemeral: false, options);

    public Task UpdateAsync(DiscordMessage message, RequestOptions options) =>
        ((IComponentInteraction)interaction).UpdateAsync(message.ApplyTo, options);

    public Task SuggestAsync(IReadOnlyList<AutocompleteChoice> choices, RequestOptions options) =>
        ((IAutocompleteInteraction)interaction).RespondAsync([.. choices.Select(c => new AutocompleteResult(c.Name, c.Value))], options);

    public Task PongAsync() => Task.CompletedTask;
}
