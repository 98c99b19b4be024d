using System.Net.WebSockets;
using System.Text.Json;
using DigestBot.Discord.Json;
using DigestBot.Discord.Models;
using Microsoft.Extensions.Logging;

namespace DigestBot.Discord.Gateway;

/// <summary>
/// One connection, from Hello to its close: heartbeats, Identify or Resume, dispatches handed over in order, and
/// whatever ends it (op 7, op 9, a close code, a zombie link, a dropped socket, shutdown). Ending it ourselves
/// means a close frame with a non-1000 code when the session should survive, and 1000 only when it should not.
/// </summary>
internal sealed class GatewayConnection(DiscordGatewayClient owner, bool resume)
{
    private const int KeepSessionCode = GatewayCloseCodes.UnknownError;
    private static readonly DiscordJsonContext Json = DiscordJsonContext.Default;
    private readonly GatewaySocket _socket = new(owner.Time);
    private readonly CancellationTokenSource _done = new();
    private ConnectionOutcome? _ending;
    private bool _healthy;
    private Heartbeater? _heartbeater;
    private Task _heartbeats = Task.CompletedTask;

    public async Task<ConnectionOutcome> RunAsync(Uri url, CancellationToken stopping)
    {
        try
        {
            owner.State = GatewayState.Connecting;
            using (var limit = new CancellationTokenSource(owner.Options.ConnectTimeout, owner.Time))
            using (var connect = CancellationTokenSource.CreateLinkedTokenSource(stopping, limit.Token))
            {
                await _socket.ConnectAsync(url, connect.Token).ConfigureAwait(false);
            }

            using var onStop = stopping.Register(() => End(new(ConnectionEnd.Stopped, "shutting down"), 1000, "shutting down"));
            while (await _socket.ReceiveAsync(CancellationToken.None).ConfigureAwait(false) is { } frame)
            {
                await HandleAsync(frame, stopping).ConfigureAwait(false);
            }

            await _socket.AnswerCloseAsync(owner.Options.CloseTimeout).ConfigureAwait(false);
            return Closed(_socket.CloseStatus);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return new(ConnectionEnd.Stopped, "shutting down");
        }
        catch (Exception e) when (e is WebSocketException or HttpRequestException or OperationCanceledException or IOException)
        {
            return (Volatile.Read(ref _ending) ?? new(ConnectionEnd.Resume, $"connection lost: {e.Message}")) with { Healthy = _healthy };
        }
        finally
        {
            await _done.CancelAsync().ConfigureAwait(false);
            await _heartbeats.ConfigureAwait(false);
            owner.Heartbeater = null;
            _socket.Dispose();
            _done.Dispose();
        }
    }

    private ConnectionOutcome Closed(int? code)
    {
        if (Volatile.Read(ref _ending) is { } ending)
        {
            return ending with { Healthy = _healthy, CloseCode = code };
        }

        return ConnectionOutcome.FromClose(code) with { Healthy = _healthy };
    }

    private async Task HandleAsync(byte[] frame, CancellationToken stopping)
    {
        GatewayPayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize(frame, Json.GatewayPayload);
        }
        catch (JsonException e)
        {
            owner.Logger.LogWarning("Ignored an unreadable gateway frame: {Error}", e.Message);
            return;
        }

        switch (payload?.Op)
        {
            case GatewayOpcode.Hello:
                await StartAsync(payload.D?.Deserialize(Json.GatewayHello)).ConfigureAwait(false);
                break;
            case GatewayOpcode.HeartbeatAck:
                _heartbeater?.Ack();
                break;
            case GatewayOpcode.Heartbeat when _heartbeater is { } heartbeater:
                await heartbeater.BeatAsync(_done.Token).ConfigureAwait(false);
                break;
            case GatewayOpcode.Reconnect:
                End(new(ConnectionEnd.Resume, "Discord asked for a reconnect (op 7)"), KeepSessionCode, "reconnect");
                break;
            case GatewayOpcode.InvalidSession when payload.D is { ValueKind: JsonValueKind.True }:
                End(new(ConnectionEnd.Resume, "invalid session, resumable (op 9)"), KeepSessionCode, "invalid session");
                break;
            case GatewayOpcode.InvalidSession:
                End(new(ConnectionEnd.NewSession, "invalid session, not resumable (op 9)") { InvalidSession = true }, 1000, "invalid session");
                break;
            case GatewayOpcode.Dispatch:
                await DispatchAsync(payload, stopping).ConfigureAwait(false);
                break;
        }
    }

    private async Task StartAsync(GatewayHello? hello)
    {
        var interval = TimeSpan.FromMilliseconds(hello is { HeartbeatInterval: > 0 } h ? h.HeartbeatInterval : 41_250);
        _heartbeater = new Heartbeater(_socket, owner.Session, interval, owner.Time, Random.Shared.NextDouble(), OnZombie);
        owner.Heartbeater = _heartbeater;
        _heartbeats = _heartbeater.RunAsync(_done.Token);
        if (resume)
        {
            owner.State = GatewayState.Resuming;
            var (id, _, sequence) = owner.Session.Resumable;
            await _socket.SendAsync(GatewayFrames.Resume(owner.Options.Token, id, sequence), _done.Token).ConfigureAwait(false);
        }
        else
        {
            owner.State = GatewayState.Identifying;
            owner.Budget.Record();
            await _socket.SendAsync(GatewayFrames.Identify(owner.Options.Token, owner.Options.Intents, owner.Options), _done.Token).ConfigureAwait(false);
        }
    }

    private async Task DispatchAsync(GatewayPayload payload, CancellationToken stopping)
    {
        owner.Session.Saw(payload.S);
        if (payload.T == "READY" && payload.D?.Deserialize(Json.GatewayReady) is { } ready)
        {
            if (Uri.TryCreate(ready.ResumeGatewayUrl, UriKind.Absolute, out var resumeUrl) && ready.SessionId.Length > 0)
            {
                owner.Session.Start(ready.SessionId, resumeUrl);
            }

            owner.Session.ApplicationId = ready.Application?.Id ?? owner.Session.ApplicationId;
            Connected();
            owner.Logger.LogInformation("Connected to the Discord gateway as {User} ({Guilds} guilds)", ready.User?.Username, ready.Guilds.Count);
        }
        else if (payload.T == "RESUMED")
        {
            Connected();
            owner.Logger.LogInformation("Resumed the Discord gateway session");
        }

        if (payload.T is { Length: > 0 } type)
        {
            await owner.DeliverAsync(new GatewayDispatch(type, payload.S ?? 0, payload.D ?? default), stopping).ConfigureAwait(false);
        }
    }

    private void Connected()
    {
        _healthy = true;
        owner.State = GatewayState.Connected;
    }

    private void OnZombie()
    {
        owner.Logger.LogWarning("No heartbeat ACK from Discord since the last heartbeat: the connection is dead; reconnecting to resume");
        End(new(ConnectionEnd.Resume, "no heartbeat ACK (zombie connection)"), KeepSessionCode, "zombie connection");
    }

    /// <summary>Ends the connection with our close frame; the first reason given wins.</summary>
    private void End(ConnectionOutcome outcome, int code, string reason)
    {
        if (Interlocked.CompareExchange(ref _ending, outcome, null) is null)
        {
            _ = _socket.CloseAsync(code, reason, owner.Options.CloseTimeout, _done.Token);
        }
    }
}
