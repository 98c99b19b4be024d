using DigestBot.Commands;
using DigestBot.Discord.Models;
using DigestBot.Discord.Rest;

namespace DigestBot.DiscordBot;

/// <summary>
/// Answers one interaction over REST, the same for both transports: the first response by callback, then the
/// rest of a reply as follow-ups. A deferred ("thinking") response is completed by editing it, or, when the reply
/// is for the invoker only, by deleting it and following up ephemerally: a public message cannot turn ephemeral.
/// </summary>
internal sealed class InteractionResponder(DiscordRestClient rest, Interaction interaction, ulong? applicationId, TaskCompletionSource<bool> firstSent)
{
    private bool _responded;
    private bool _deferred;

    public bool Responded => _responded;

    public async Task RespondAsync(InteractionResponse response, CancellationToken cancellationToken)
    {
        await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, response, cancellationToken);
        _responded = true;
        firstSent.TrySetResult(true);
    }

    public async Task DeferAsync(CancellationToken cancellationToken)
    {
        await RespondAsync(InteractionResponse.Defer(ephemeral: false), cancellationToken);
        _deferred = true;
    }

    /// <summary>A refusal: plain text, for the invoker only.</summary>
    public Task ReplyAsync(string text, CancellationToken cancellationToken) =>
        ReplyAsync(Reply.Invalid(text), cancellationToken);

    public async Task ReplyAsync(Reply reply, CancellationToken cancellationToken)
    {
        var messages = DiscordReplyRenderer.Render(reply);
        var followups = messages.Skip(1);
        if (!_responded)
        {
            await RespondAsync(InteractionResponse.Message(messages[0]), cancellationToken);
        }
        else if (_deferred && reply.Ephemeral)
        {
            await rest.DeleteOriginalResponseAsync(Application, interaction.Token, cancellationToken);
            followups = messages;
        }
        else
        {
            await rest.EditOriginalResponseAsync(Application, interaction.Token, messages[0], cancellationToken);
        }

        foreach (var message in followups)
        {
            await rest.CreateFollowupMessageAsync(Application, interaction.Token, message, cancellationToken);
        }
    }

    /// <summary>Replaces the message the clicked button is on; only as the first response, and never ephemeral.</summary>
    public Task UpdateAsync(Reply reply, CancellationToken cancellationToken) =>
        RespondAsync(InteractionResponse.Update(DiscordReplyRenderer.Render(reply)[0]), cancellationToken);

    /// <summary>After a failure: an ephemeral answer, or an ephemeral follow-up when something was sent already.</summary>
    public async Task FailAsync(string text, CancellationToken cancellationToken)
    {
        var message = DiscordReplyRenderer.Render(Reply.Failure(text))[0];
        if (_responded)
        {
            await rest.CreateFollowupMessageAsync(Application, interaction.Token, message, cancellationToken);
        }
        else
        {
            await RespondAsync(InteractionResponse.Message(message), cancellationToken);
        }
    }

    private ulong Application => applicationId
        ?? throw new InvalidOperationException("the interaction carries no application id and DigestBot:Discord:ApplicationId is not set");
}
