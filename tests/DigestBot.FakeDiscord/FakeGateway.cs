using System.Text.Json.Nodes;

namespace DigestBot.FakeDiscord;

/// <summary>
/// The gateway half of the fake Discord: Hello, Identify → READY, Resume → replay of missed dispatches then
/// RESUMED, heartbeat ACKs (or none: <see cref="Acks"/> false makes the link a zombie), and on demand
/// INTERACTION_CREATE, GUILD_DELETE, CHANNEL_DELETE, op 7, op 9 of both kinds, any close code or a dropped
/// connection. Everything the client sent is kept per connection.
/// </summary>
public sealed class FakeGateway
{
    public const string Path = "/gateway";
    public const string ResumePath = "/gateway-resume";

    private readonly Lock _lock = new();
    private readonly List<FakeGatewayConnection> _connections = [];
    private readonly Dictionary<string, FakeGatewaySession> _sessions = [];

    // Sends of dispatches and of a Resume's replay take turns, so numbers always reach the client in order.
    private readonly SemaphoreSlim _dispatching = new(1, 1);
    private FakeGatewaySession? _current;
    private readonly List<DateTimeOffset> _identifiedAt = [];
    private int _identifies;
    private int _resumes;

    private readonly Func<ulong, IEnumerable<ulong>> _channelsOf;

    internal FakeGateway(FakeDiscordOptions options, Func<ulong, IEnumerable<ulong>> channelsOf)
    {
        Options = options;
        _channelsOf = channelsOf;
    }

    /// <summary>When set, Identify and Resume fail with 4004 as after a token reset (REST answers 401 then too).</summary>
    public bool TokenRevoked { get; set; }

    public FakeDiscordOptions Options { get; }

    /// <summary>Whether heartbeats are acknowledged (op 11).</summary>
    public bool Acks { get; set; } = true;

    public IReadOnlyList<FakeGatewayConnection> Connections
    {
        get
        {
            lock (_lock)
            {
                return [.. _connections];
            }
        }
    }

    /// <summary>The newest connection, while it is open.</summary>
    public FakeGatewayConnection? Live => Connections.LastOrDefault(c => !c.Ended);

    public int Identifies => Volatile.Read(ref _identifies);

    /// <summary>When each Identify arrived, on the fake's clock.</summary>
    public IReadOnlyList<DateTimeOffset> IdentifiedAt
    {
        get
        {
            lock (_lock)
            {
                return [.. _identifiedAt];
            }
        }
    }

    public int Resumes => Volatile.Read(ref _resumes);

    /// <summary>The latest session's sequence number.</summary>
    public int Sequence
    {
        get
        {
            lock (_lock)
            {
                return _current?.Sequence ?? 0;
            }
        }
    }

    /// <summary>Sends a dispatch on the current session, or keeps it for the Resume when no connection is live.</summary>
    public async Task<int> DispatchAsync(string type, JsonNode data)
    {
        await _dispatching.WaitAsync();
        try
        {
            JsonObject frame;
            FakeGatewayConnection? live;
            lock (_lock)
            {
                var session = _current ?? throw new InvalidOperationException("no gateway session yet");
                frame = session.Add(type, data);
                live = session.Connection;
            }

            if (live is not null)
            {
                await live.SendAsync(frame);
            }

            return frame["s"]!.GetValue<int>();
        }
        finally
        {
            _dispatching.Release();
        }
    }

    public Task<int> InteractionCreateAsync(JsonObject interaction) => DispatchAsync("INTERACTION_CREATE", interaction);

    /// <summary>The guild with its channels (those <see cref="FakeChannels.Guilds"/> puts in it), as when the bot joins it.</summary>
    public Task<int> GuildCreateAsync(ulong guildId) => DispatchAsync("GUILD_CREATE", FakeGuilds.Create(Options, guildId, _channelsOf(guildId), joined: true));

    /// <summary>A guild outage (<paramref name="unavailable"/>) or the bot removed from the guild.</summary>
    public Task<int> GuildDeleteAsync(ulong guildId, bool unavailable) => DispatchAsync(
        "GUILD_DELETE",
        unavailable ? new JsonObject { ["id"] = FakeMessages.Id(guildId), ["unavailable"] = true } : new JsonObject { ["id"] = FakeMessages.Id(guildId) });

    public Task<int> ChannelDeleteAsync(ulong channelId, ulong guildId) => DispatchAsync(
        "CHANNEL_DELETE",
        new JsonObject { ["id"] = FakeMessages.Id(channelId), ["type"] = 0, ["guild_id"] = FakeMessages.Id(guildId), ["name"] = "papers" });

    public Task ReconnectAsync() => SendLiveAsync(FakeGatewayFrames.Reconnect());

    /// <summary>
    /// Op 9; when not resumable the session is forgotten, so a Resume of it fails too. Either way the connection is no
    /// longer authenticated: the client may Identify (or Resume) again on it.
    /// </summary>
    public Task InvalidSessionAsync(bool resumable)
    {
        var live = Live;
        lock (_lock)
        {
            if (!resumable && _current is not null)
            {
                _sessions.Remove(_current.Id);
            }

            live?.Authenticated = false;
        }

        return live is null ? Task.CompletedTask : live.SendAsync(FakeGatewayFrames.InvalidSession(resumable));
    }

    /// <summary>Asks the client for a heartbeat now (op 1).</summary>
    public Task RequestHeartbeatAsync() => SendLiveAsync(FakeGatewayFrames.Heartbeat());

    /// <summary>Closes the live connection with <paramref name="code"/>.</summary>
    public Task CloseAsync(int code, string reason = "closed by the test") =>
        Live is { } live ? live.CloseAsync(code, reason) : Task.CompletedTask;

    /// <summary>Drops the live connection without a close frame.</summary>
    public void Drop() => Live?.Abort();

    internal void Add(FakeGatewayConnection connection)
    {
        lock (_lock)
        {
            _connections.Add(connection);
            connection.Number = _connections.Count;
        }
    }

    /// <summary>A new session on <paramref name="connection"/>, announced by READY (naming the shard Identify gave, as Discord's does).</summary>
    internal async Task IdentifyAsync(FakeGatewayConnection connection, string resumeUrl, JsonArray? shard)
    {
        Interlocked.Increment(ref _identifies);
        await _dispatching.WaitAsync();
        try
        {
            JsonObject ready;
            lock (_lock)
            {
                _identifiedAt.Add(Options.Time.GetUtcNow());
                var session = new FakeGatewaySession(Guid.NewGuid().ToString("N"));
                _sessions[session.Id] = session;
                _current = session;
                session.Connection = connection;
                connection.SessionId = session.Id;
                connection.Authenticated = true;
                ready = session.Add("READY", FakeGatewayFrames.Ready(Options, session.Id, resumeUrl, shard));
            }

            await connection.SendAsync(ready);
            connection.Ready = true;

            // Every guild READY listed as unavailable follows as a GUILD_CREATE, as Discord sends them.
            foreach (var guild in Options.GatewayGuilds)
            {
                JsonObject create;
                lock (_lock)
                {
                    create = _current!.Add("GUILD_CREATE", FakeGuilds.Create(Options, guild, _channelsOf(guild), joined: false));
                }

                await connection.SendAsync(create);
            }
        }
        finally
        {
            _dispatching.Release();
        }
    }

    /// <summary>Replays what the session sent after <paramref name="sequence"/>, then RESUMED; false for an unknown session.</summary>
    internal async Task<bool> ResumeAsync(FakeGatewayConnection connection, string? sessionId, int? sequence)
    {
        Interlocked.Increment(ref _resumes);
        await _dispatching.WaitAsync();
        try
        {
            List<JsonObject> frames;
            lock (_lock)
            {
                if (sessionId is null || !_sessions.TryGetValue(sessionId, out var session))
                {
                    return false;
                }

                _current = session;
                session.Connection = connection;
                connection.SessionId = session.Id;
                connection.Authenticated = true;
                frames = [.. session.After(sequence), session.Add("RESUMED", new JsonObject())];
            }

            foreach (var frame in frames)
            {
                await connection.SendAsync(frame);
            }

            connection.Ready = true;
            return true;
        }
        finally
        {
            _dispatching.Release();
        }
    }

    internal void Left(FakeGatewayConnection connection)
    {
        lock (_lock)
        {
            connection.Ended = true;
            foreach (var session in _sessions.Values.Where(s => s.Connection == connection))
            {
                session.Connection = null;
            }
        }
    }

    private Task SendLiveAsync(JsonObject frame) => Live is { } live ? live.SendAsync(frame) : Task.CompletedTask;
}
