using DigestBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DigestBot.Discord.Gateway;

/// <summary>
/// The Discord gateway (API v10, JSON, one shard): connects, identifies, keeps the session alive and resumes it
/// after drops, op 7, op 9 and zombie links, handing every dispatch to one handler in order. Interactions that
/// arrive here are answered over REST, never over the socket. Reconnects back off exponentially; Identifies are
/// spaced by <see cref="IdentifyBudget"/>. Close codes 4004 and 4010–4014 end <see cref="RunAsync"/> with a
/// <see cref="DiscordGatewayException"/> after one error line; nothing is retried then.
/// </summary>
public sealed class DiscordGatewayClient
{
    private readonly Func<GatewayDispatch, CancellationToken, ValueTask> _onDispatch;
    private readonly GatewayLocator _locator;
    private int _state;
    private Heartbeater? _heartbeater;

    /// <param name="onDispatch">Called for each dispatch, READY and RESUMED included, one at a time: keep it short.</param>
    /// <param name="rest">For <c>GET /gateway/bot</c> (the URL and Discord's identify count); optional with a <see cref="DiscordGatewayOptions.GatewayUrl"/>.</param>
    public DiscordGatewayClient(
        DiscordGatewayOptions options,
        Func<GatewayDispatch, CancellationToken, ValueTask> onDispatch,
        DiscordRestClient? rest = null,
        TimeProvider? time = null,
        ILogger<DiscordGatewayClient>? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Token);
        if (options.GatewayUrl is null && rest is null)
        {
            throw new ArgumentException("The gateway client needs a GatewayUrl or a REST client to ask Discord for one", nameof(rest));
        }

        Options = options;
        _onDispatch = onDispatch;
        Time = time ?? TimeProvider.System;
        Logger = logger ?? NullLogger<DiscordGatewayClient>.Instance;
        Budget = new IdentifyBudget(options, Time);
        _locator = new GatewayLocator(options, rest, Budget, Time, Logger);
    }

    public GatewayState State
    {
        get => (GatewayState)Volatile.Read(ref _state);
        internal set => Volatile.Write(ref _state, (int)value);
    }

    /// <summary>The latest sequence number received; what heartbeats and Resume send.</summary>
    public int? Sequence => Session.Sequence;

    /// <summary>From READY: follow-up URLs need it.</summary>
    public ulong? ApplicationId => Session.ApplicationId;

    /// <summary>A heartbeat went out and its ACK has not come back yet.</summary>
    public bool AwaitingHeartbeatAck => Volatile.Read(ref _heartbeater)?.AwaitingAck == true;

    internal DiscordGatewayOptions Options { get; }

    internal GatewaySession Session { get; } = new();

    internal TimeProvider Time { get; }

    internal ILogger Logger { get; }

    internal IdentifyBudget Budget { get; }

    internal Heartbeater? Heartbeater
    {
        get => Volatile.Read(ref _heartbeater);
        set => Volatile.Write(ref _heartbeater, value);
    }

    /// <summary>Runs until <paramref name="stoppingToken"/> is cancelled (then closes with 1000) or Discord forbids reconnecting.</summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var resume = Session.CanResume;
                Uri url;
                try
                {
                    url = resume ? Session.Resumable.Url : await _locator.IdentifyUrlAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (DiscordException e) when (e.IsUnauthorized)
                {
                    // The REST client has logged the one line a refused token deserves.
                    throw new DiscordGatewayException(null, e.Message, e);
                }
                catch (DiscordException e)
                {
                    var wait = ReconnectBackoff.Delay(Options, ++failures);
                    Logger.LogWarning("Asking Discord for the gateway failed: {Error}; trying again in {Delay:0.#} s", e.Message, wait.TotalSeconds);
                    await Task.Delay(wait, Time, stoppingToken).ConfigureAwait(false);
                    continue;
                }

                var outcome = await new GatewayConnection(this, resume).RunAsync(GatewayLocator.Versioned(url), stoppingToken).ConfigureAwait(false);
                switch (outcome.End)
                {
                    case ConnectionEnd.Stopped:
                        return;
                    case ConnectionEnd.Fatal:
                        Logger.LogError("{Error}", outcome.Reason);
                        throw new DiscordGatewayException(outcome.CloseCode, outcome.Reason);
                    case ConnectionEnd.NewSession:
                        Session.Reset();
                        break;
                }

                failures = outcome.Healthy ? 0 : failures + 1;
                var delay = outcome.InvalidSession ? TimeSpan.FromSeconds(1 + (4 * Random.Shared.NextDouble())) : ReconnectBackoff.Delay(Options, failures);
                State = GatewayState.Disconnected;
                Logger.LogInformation(
                    "Discord gateway connection ended ({Reason}); {Next} in {Delay:0.#} s",
                    outcome.Reason,
                    Session.CanResume ? "resuming" : "identifying",
                    delay.TotalSeconds);
                await Task.Delay(delay, Time, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        finally
        {
            State = GatewayState.Stopped;
        }
    }

    internal async ValueTask DeliverAsync(GatewayDispatch dispatch, CancellationToken cancellationToken)
    {
        try
        {
            await _onDispatch(dispatch, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Logger.LogError("Handling the gateway event {Type} (seq {Sequence}) failed: {Error}", dispatch.Type, dispatch.Sequence, e.Message);
        }
    }
}
