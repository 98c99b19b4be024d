using Discord;
using DigestBot.Commands;

namespace DigestBot.DiscordBot;

/// <summary>
/// Answers one interaction, the same for both transports. The first response must reach Discord within 3 s of the
/// interaction: it is tried again only inside that window (each attempt bounded by what is left of it), and if "thinking"
/// has not gone out after <see cref="DeferAfter"/> the responder sends it by itself. After the first response the rest of
/// a reply goes over REST (<see cref="LaterResponses"/>): a deferred response is completed by editing it, or, when the reply is for the invoker only, by
/// deleting it and following up ephemerally (a public message cannot turn ephemeral). A first response the window closed
/// on unconfirmed is put in place by editing the original response (which exists if an attempt did land, and then the
/// answer shows once), else sent as a follow-up.
/// </summary>
internal sealed class InteractionResponder : IDisposable
{
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(3);
    public static readonly TimeSpan DeferAfter = TimeSpan.FromSeconds(2);
    private const int MaxAttempts = 3;

    private readonly IncomingInteraction _incoming;
    private readonly TimeProvider _time;
    private readonly LaterResponses _later;
    private readonly TaskCompletionSource<bool> _firstSent;
    private readonly SemaphoreSlim _first = new(1, 1);
    private readonly ITimer _deferTimer;
    private bool _deferred;

    public InteractionResponder(IncomingInteraction incoming, TimeProvider time, TimeSpan requestTimeout, TaskCompletionSource<bool> firstSent)
    {
        _incoming = incoming;
        _time = time;
        _later = new LaterResponses(incoming.Interaction, requestTimeout, time);
        _firstSent = firstSent;
        var due = incoming.ReceivedAt + DeferAfter - time.GetUtcNow();
        _deferTimer = time.CreateTimer(_ => _ = DeferInTimeAsync(), null, due > TimeSpan.Zero ? due : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }

    public bool Responded { get; private set; }

    private IDiscordInteraction Interaction => _incoming.Interaction;

    public Task PongAsync(CancellationToken cancellationToken) => FirstAsync(_ => _incoming.First.PongAsync(), null, cancellationToken);

    public Task SuggestAsync(IReadOnlyList<AutocompleteChoice> choices, CancellationToken cancellationToken) =>
        FirstAsync(o => _incoming.First.SuggestAsync(choices, o), null, cancellationToken);

    public Task DeferAsync(CancellationToken cancellationToken) => FirstAsync(o => _incoming.First.DeferAsync(o), null, cancellationToken, defers: true);

    /// <summary>A refusal: plain text, for the invoker only.</summary>
    public Task ReplyAsync(string text, CancellationToken cancellationToken) => ReplyAsync(Reply.Invalid(text), cancellationToken);

    public async Task ReplyAsync(Reply reply, CancellationToken cancellationToken)
    {
        var messages = DiscordReplyRenderer.Render(reply);
        var followups = messages.Skip(1).ToList();
        if (await FirstAsync(o => _incoming.First.MessageAsync(messages[0], o), messages[0], cancellationToken) is false)
        {
            if (_deferred && reply.Ephemeral)
            {
                await _later.DeleteOriginalAsync(cancellationToken);
                followups = [.. messages];
            }
            else
            {
                await _later.ReplaceOriginalAsync(messages[0], cancellationToken);
            }
        }

        foreach (var message in followups)
        {
            await _later.FollowupAsync(message, cancellationToken);
        }
    }

    /// <summary>Replaces the message the clicked button is on; only as the first response, and never ephemeral.</summary>
    public async Task UpdateAsync(Reply reply, CancellationToken cancellationToken)
    {
        var message = DiscordReplyRenderer.Render(reply)[0];
        if (await FirstAsync(o => _incoming.First.UpdateAsync(message, o), null, cancellationToken) is false)
        {
            await _later.EditOriginalAsync(message, cancellationToken);
        }
    }

    /// <summary>After a failure: an ephemeral answer, or an ephemeral follow-up when something was sent already.</summary>
    public async Task FailAsync(string text, CancellationToken cancellationToken)
    {
        var message = DiscordReplyRenderer.Render(Reply.Failure(text))[0];
        if (await FirstAsync(o => _incoming.First.MessageAsync(message, o), message, cancellationToken) is false)
        {
            await _later.FollowupAsync(message, cancellationToken);
        }
    }

    public void Dispose()
    {
        _deferTimer.Dispose();
        _first.Dispose();
    }

    /// <summary>
    /// Sends the first response unless one went already (false then). A response the window closed on unconfirmed
    /// counts as sent, and <paramref name="fallback"/> follows up instead.
    /// </summary>
    private async Task<bool> FirstAsync(Func<RequestOptions, Task> send, DiscordMessage? fallback, CancellationToken cancellationToken, bool defers = false)
    {
        await _first.WaitAsync(cancellationToken);
        try
        {
            if (Responded)
            {
                return false;
            }

            var sent = await FirstResponse.SendAsync(send, _incoming, _time, MaxAttempts, _incoming.First.CanRetry, cancellationToken);
            Responded = true;
            _deferred = defers;
            _firstSent.TrySetResult(true);
            if (!sent && fallback is not null)
            {
                await _later.ReplaceOriginalAsync(fallback, cancellationToken);
            }

            return true;
        }
        finally
        {
            _first.Release();
        }
    }

    /// <summary>"Thinking…" when nothing has answered Discord by <see cref="DeferAfter"/>; the answer then edits it.</summary>
    private async Task DeferInTimeAsync()
    {
        try
        {
            if (!Responded && Interaction.Type is InteractionType.ApplicationCommand or InteractionType.MessageComponent)
            {
                await DeferAsync(CancellationToken.None);
            }
            else if (!Responded && Interaction.Type == InteractionType.ApplicationCommandAutocomplete)
            {
                await SuggestAsync([], CancellationToken.None);
            }
        }
        catch (Exception)
        {
            // The pipeline's own answer reports what went wrong.
        }
    }
}
