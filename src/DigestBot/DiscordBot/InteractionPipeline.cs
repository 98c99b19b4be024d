using System.Collections.Concurrent;
using System.Globalization;
using DigestBot.Commands;
using DigestBot.Discord;
using DigestBot.Discord.Models;
using DigestBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.DiscordBot;

/// <summary>
/// The one path every interaction takes, from the gateway or the HTTP endpoint: once per id → router → permission
/// check (Manage Channels for management commands, checked here as well as by Discord's defaults) → defer if the
/// command may be slow (always, never timed) → dispatcher → reply. Refusals are polite and ephemeral; a failure is
/// an ephemeral message and one log line with the interaction id.
/// </summary>
public sealed class InteractionPipeline(
    InteractionRouter router,
    CommandDispatcher dispatcher,
    InteractionDeduplicator deduplicator,
    DiscordRestClient rest,
    IEnumerable<IAutocompleteProvider> autocomplete,
    IOptions<DiscordOptions> options,
    ILogger<InteractionPipeline> logger)
{
    public const string Transport = CommandOrigin.DiscordTransport;

    private readonly ConcurrentDictionary<Task, byte> _running = new();
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>
    /// Starts an interaction; the task says, once the first response has gone to Discord, whether it went (false
    /// for a duplicate or when it could not be sent). Edits and follow-ups continue in the background.
    /// </summary>
    public Task<bool> Start(Interaction interaction)
    {
        if (!deduplicator.TryBegin(interaction.Id))
        {
            logger.LogInformation("Interaction {Id} arrived again; it runs once only", interaction.Id);
            return Task.FromResult(false);
        }

        var first = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var run = Task.Run(() => RunAsync(interaction, first, _stopping.Token));
        _running.TryAdd(run, 0);
        _ = run.ContinueWith(t => _running.TryRemove(t, out _), TaskScheduler.Default);
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

    private async Task RunAsync(Interaction interaction, TaskCompletionSource<bool> first, CancellationToken cancellationToken)
    {
        var applicationId = interaction.ApplicationId ?? (Snowflake.TryParse(options.Value.ApplicationId, out var configured) ? configured : null);
        var responder = new InteractionResponder(rest, interaction, applicationId, first);
        var route = new RoutedInteraction(RouteKind.Refused);
        try
        {
            route = router.Route(interaction);
            await AnswerAsync(interaction, route, responder, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError("Interaction {Id} ({Command}) failed: {Error}", interaction.Id, route.Command?.Name ?? interaction.Data?.Name ?? interaction.Type.ToString(), e.Message);
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

    private async Task AnswerAsync(Interaction interaction, RoutedInteraction route, InteractionResponder responder, CancellationToken cancellationToken)
    {
        switch (route)
        {
            case { Kind: RouteKind.Ping }:
                await responder.RespondAsync(InteractionResponse.Pong, cancellationToken);
                return;
            case { Kind: RouteKind.Refused } when interaction.Type == InteractionType.ApplicationCommandAutocomplete:
                // Autocomplete takes suggestions only: no suggestions is the polite answer.
                await responder.RespondAsync(InteractionResponse.Autocomplete([]), cancellationToken);
                return;
            case { Kind: RouteKind.Refused }:
                await responder.ReplyAsync(route.Message!, cancellationToken);
                return;
            case { Kind: RouteKind.Autocomplete, Command: { } command }:
                var choices = await SuggestAsync(command, route, Origin(interaction), cancellationToken);
                await responder.RespondAsync(InteractionResponse.Autocomplete(choices), cancellationToken);
                return;
        }

        var definition = route.Command!;
        if (definition.RequiresManageChannels && !MayManage(interaction))
        {
            await responder.ReplyAsync($"You need the Manage Channels permission in this channel to use /{definition.Name}.", cancellationToken);
            return;
        }

        if (definition.MayBeSlow)
        {
            await responder.DeferAsync(cancellationToken);
        }

        var reply = await dispatcher.DispatchAsync(definition.Name, route.Options, Origin(interaction), cancellationToken);
        if (reply is { UpdatesMessage: true, Ephemeral: false } && interaction.Type == InteractionType.MessageComponent && !responder.Responded)
        {
            await responder.UpdateAsync(reply, cancellationToken);
        }
        else
        {
            await responder.ReplyAsync(reply, cancellationToken);
        }
    }

    private static CommandOrigin Origin(Interaction interaction) =>
        new(interaction.GuildId ?? 0, interaction.ChannelId ?? interaction.Channel?.Id ?? 0, interaction.Invoker?.Id ?? 0, Transport)
        {
            RequestId = interaction.Id.ToString(CultureInfo.InvariantCulture),
        };

    private async Task<IReadOnlyList<ApplicationCommandOptionChoice>> SuggestAsync(
        CommandDefinition command, RoutedInteraction route, CommandOrigin origin, CancellationToken cancellationToken)
    {
        foreach (var provider in autocomplete)
        {
            if (route.Focused is { } option && await provider.SuggestAsync(command, option, route.Options, origin, cancellationToken) is { Count: > 0 } choices)
            {
                return [.. choices.Take(InteractionCallbackData.MaxChoices)];
            }
        }

        return [];
    }

    /// <summary>Manage Channels in this channel (overwrites included, as Discord computed it), or Administrator.</summary>
    private static bool MayManage(Interaction interaction) =>
        interaction.Member is { } member && (member.Has(Permission.ManageChannels) || member.Has(Permission.Administrator));
}
