using DigestBot.Commands;
using Discord;
using Discord.Rest;

namespace DigestBot.DiscordBot;

/// <summary>
/// Http mode's first response: the JSON Discord.Net makes for it, handed to the endpoint to write into the body of
/// Discord's request (<see cref="Body"/>). A button's update goes as a deferred update in the body, then an edit of the
/// message the button is on once the body has been delivered (<see cref="Delivered"/>), since Discord.Net sends an
/// update only by callback.
/// </summary>
internal sealed class BodyFirstResponse(RestInteraction interaction) : IFirstResponse
{
    public TaskCompletionSource<string> Body { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Delivered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool CanRetry => false;

    public Task MessageAsync(DiscordMessage message, RequestOptions options) =>
        Answer(interaction.Respond(message.Content, [.. message.Embeds], ephemeral: message.Ephemeral,
            allowedMentions: DiscordMessage.NoMentions, components: message.Components, options: options));

    public Task DeferAsync(RequestOptions options) => Answer(interaction is RestMessageComponent component
        ? component.DeferLoading(ephemeral: false, options)
        : interaction.Defer(ephemeral: false, options));

    public async Task UpdateAsync(DiscordMessage message, RequestOptions options)
    {
        await Answer(interaction.Defer(ephemeral: false, options));
        await Delivered.Task.WaitAsync(options.CancelToken);
        await interaction.ModifyOriginalResponseAsync(message.ApplyTo, options);
    }

    public Task SuggestAsync(IReadOnlyList<AutocompleteChoice> choices, RequestOptions options) =>
        Answer(((RestAutocompleteInteraction)interaction).Respond([.. choices.Select(c => new AutocompleteResult(c.Name, c.Value))], options));

    public Task PongAsync() => Answer(((RestPingInteraction)interaction).AcknowledgePing());

    private Task Answer(string json)
    {
        Body.TrySetResult(json);
        return Task.CompletedTask;
    }
}
