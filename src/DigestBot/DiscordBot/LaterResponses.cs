using System.Net;
using Discord;
using Discord.Net;

namespace DigestBot.DiscordBot;

/// <summary>
/// What follows an interaction's first response, over REST with the interaction's token whatever the transport: edits
/// of the original response, its deletion, follow-ups. Each call is bounded by <c>Discord:RequestTimeout</c>.
/// </summary>
internal sealed class LaterResponses(IDiscordInteraction interaction, TimeSpan requestTimeout, TimeProvider time)
{
    public Task EditOriginalAsync(DiscordMessage message, CancellationToken cancellationToken) =>
        interaction.ModifyOriginalResponseAsync(message.ApplyTo, Options(cancellationToken));

    public Task DeleteOriginalAsync(CancellationToken cancellationToken) => interaction.DeleteOriginalResponseAsync(Options(cancellationToken));

    /// <summary>
    /// The answer in place of the original response ("thinking…", or a first response the window closed on with no word
    /// from Discord: if an attempt landed, the answer then shows once); a follow-up when there is no original.
    /// </summary>
    public async Task ReplaceOriginalAsync(DiscordMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await EditOriginalAsync(message, cancellationToken);
        }
        catch (HttpException e) when (e.HttpCode == HttpStatusCode.NotFound)
        {
            await FollowupAsync(message, cancellationToken);
        }
    }

    public Task FollowupAsync(DiscordMessage message, CancellationToken cancellationToken) =>
        interaction.FollowupAsync(message.Content, [.. message.Embeds], ephemeral: message.Ephemeral,
            allowedMentions: DiscordMessage.NoMentions, components: message.Components, options: Options(cancellationToken));

    /// <summary>Bounded by the request timeout; the pipeline's own token ends the interaction as a whole.</summary>
    private RequestOptions Options(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return DiscordCalls.Bounded(requestTimeout, time);
    }
}
