using System.Collections.Concurrent;
using System.Globalization;
using Discord;
using DigestBot.Commands;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.DiscordBot;

/// <summary>
/// The one path every interaction takes, from the gateway or the HTTP endpoint: once per id → router → permission
/// check (Manage Channels for management commands, checked here as well as by Discord's defaults) → defer if the
/// command may be slow (always, never timed) → dispatcher → reply. Refusals are polite and ephemeral; a failure is
/// an ephemeral message and one log line with the interaction id. Runs off the gateway's thread.
/// </summary>
public sealed class InteractionPipeline(
    InteractionRouter router,
    CommandDispatcher dispatcher,
    InteractionDeduplicator deduplicator,
    IEnumerable<IAutocompleteProvider> autocomplete,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<InteractionPipeline> logger) : IDisposable
{
    public const string Transport = CommandOrigin.DiscordTransport;

    private readonly ConcurrentDictionary<Task, byte> _running = new();
    private readonly CancellationTokenSource _stopping = new();
    private int _arrivals;

    /// <summary>Interactions handed to <see cref="Start"/> so far, repeats included (tests wait on it).</summary>
    internal int Arrivals => Volatile.Read(ref _arrivals);

    /// <summary>
    /// Starts an interaction; the task says, once the first response has gone to Discord, whether it went (false
    /// for a duplicate or when it could not be sent). Edits and follow-ups continue in the background.
    /// </summary>
    public Task<bool> Start(IncomingInteraction incoming)
    {
        if (!deduplicator.TryBegin(incoming.Interaction.Id))
        {
            Interlocked.Increment(ref _arrivals);
            logger.LogInformation("Interaction {Id} arrived again; it runs once only", incoming.Interaction.Id);
            return Task.FromResult(false);
        }

        // Held as running before it starts and before it counts as arrived: a drain that follows the count waits for
        // it, and a run that ends at once cannot be removed before it was added.
        var first = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var start = new Task<Task>(() => RunAsync(incoming, first, _stopping.Token));
        var run = start.Unwrap();
        _running.TryAdd(run, 0);
        _ = run.ContinueWith(t => _running.TryRemove(t, out _), TaskScheduler.Default);
        Interlocked.Increment(ref _arrivals);
        start.Start(TaskScheduler.Default);
        return first.Task;
    }

    /// <summary>Waits for the interactions in progress; those still running when <paramref name="cancellationToken"/> fires are cancelled.</summary>
    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.WhenAll(_running.Keys).WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            await _stopping.CancelAsync();
        }
    }

    public void Dispose() => _stopping.Dispose();

    private async Task RunAsync(IncomingInteraction incoming, TaskCompletionSource<bool> first, CancellationToken cancellationToken)
    {
        var interaction = incoming.Interaction;
        using var responder = new InteractionResponder(incoming, time, options.Value.RequestTimeout, first);
        var route = new RoutedInteraction(RouteKind.Refused);
        try
        {
            route = router.Route(interaction);
            await AnswerAsync(incoming, route, responder, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var name = route.Command?.Name ?? (interaction as ISlashCommandInteraction)?.Data?.Name ?? interaction.Type.ToString();
            logger.LogError(e, "Interaction {Id} ({Command}) failed", interaction.Id, name);
            try
            {
                await responder.FailAsync("Sorry, something went wrong on DigestBot's side; it has been logged.", cancellationToken);
            }
            catch (Exception)
            {
                // Discord is not taking answers for this interaction (expired token, outage): the line above says it all.
            }
        }
        finally
        {
            first.TrySetResult(responder.Responded);
        }
    }

    private async Task AnswerAsync(IncomingInteraction incoming, RoutedInteraction route, InteractionResponder responder, CancellationToken cancellationToken)
    {
        var interaction = incoming.Interaction;
        switch (route)
        {
            case { Kind: RouteKind.Ping }:
                await responder.PongAsync(cancellationToken);
                return;
            case { Kind: RouteKind.Refused } when interaction.Type == InteractionType.ApplicationCommandAutocomplete:
                // Autocomplete takes suggestions only: no suggestions is the polite answer.
                await responder.SuggestAsync([], cancellationToken);
                return;
            case { Kind: RouteKind.Refused }:
                await responder.ReplyAsync(route.Message!, cancellationToken);
                return;
            case { Kind: RouteKind.Autocomplete, Command: { } command }:
                await responder.SuggestAsync(await SuggestAsync(command, route, Origin(incoming), cancellationToken), cancellationToken);
                return;
        }

        var definition = route.Command!;

        // The member's permissions in this channel, overwrites included, as Discord computed them for the interaction.
        if (definition.RequiresManageChannels && !ManageChannelsRule.Allows(incoming.Raw.MemberPermissions))
        {
            await responder.ReplyAsync($"You need the Manage Channels permission in this channel to use /{definition.Name}.", cancellationToken);
            return;
        }

        if (definition.MayBeSlow)
        {
            await responder.DeferAsync(cancellationToken);
        }

        var reply = await dispatcher.DispatchAsync(definition.Name, route.Options, Origin(incoming), cancellationToken);
        if (reply is { UpdatesMessage: true, Ephemeral: false } && interaction.Type == InteractionType.MessageComponent && !responder.Responded)
        {
            await responder.UpdateAsync(reply, cancellationToken);
        }
        else
        {
            await responder.ReplyAsync(reply, cancellationToken);
        }
    }

    private static CommandOrigin Origin(IncomingInteraction incoming) =>
        new(incoming.Interaction.GuildId ?? 0, incoming.ChannelId, incoming.Interaction.User?.Id ?? 0, Transport)
        {
            RequestId = incoming.Interaction.Id.ToString(CultureInfo.InvariantCulture),
        };

    private async Task<IReadOnlyList<AutocompleteChoice>> SuggestAsync(
        CommandDefinition command, RoutedInteraction route, CommandOrigin origin, CancellationToken cancellationToken)
    {
        foreach (var provider in autocomplete)
        {
            if (route.Focused is { } option && await provider.SuggestAsync(command, option, route.Options, origin, cancellationToken) is { Count: > 0 } choices)
            {
                return [.. choices.Take(EmbedLimits.Choices)];
            }
        }

        return [];
    }
}
