using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;

namespace DigestBot.FakeDiscord;

/// <summary>
/// Channels, their messages and threads. Any channel id exists (a text channel of <see cref="FakeDiscordOptions.GuildId"/>
/// unless <see cref="Guilds"/> says otherwise) unless listed as unknown or forbidden; a nonce sent with
/// <c>enforce_nonce</c> returns the first message with it while inside the nonce window.
/// </summary>
public sealed partial class FakeChannels
{
    private readonly FakeDiscordOptions _options;
    private readonly FakeIds _ids;
    private readonly Lock _lock = new();
    private readonly Dictionary<ulong, List<JsonObject>> _messages = [];
    private readonly Dictionary<(ulong Channel, string Nonce), (JsonObject Message, DateTimeOffset At)> _nonces = [];
    private readonly FakeThreads _threads;

    internal FakeChannels(FakeDiscordOptions options, FakeIds ids)
    {
        _options = options;
        _ids = ids;
        _threads = new FakeThreads(options);
    }

    /// <summary>The guild a channel is in, where it is not <see cref="FakeDiscordOptions.GuildId"/>.</summary>
    public ConcurrentDictionary<ulong, ulong> Guilds { get; } = new();

    /// <summary>Answer 10003 Unknown Channel.</summary>
    public ConcurrentDictionary<ulong, bool> Unknown { get; } = new();

    /// <summary>Answer 50001 Missing Access.</summary>
    public ConcurrentDictionary<ulong, bool> NoAccess { get; } = new();

    /// <summary>Answer 50013 Missing Permissions.</summary>
    public ConcurrentDictionary<ulong, bool> NoPermission { get; } = new();

    /// <summary>Channels where threads cannot be started (50024).</summary>
    public ConcurrentDictionary<ulong, bool> NoThreads { get; } = new();

    /// <summary>The messages of a channel (or thread), oldest first; copies.</summary>
    public IReadOnlyList<JsonObject> Messages(ulong channelId)
    {
        lock (_lock)
        {
            return _messages.TryGetValue(channelId, out var list) ? [.. list.Select(m => (JsonObject)m.DeepClone())] : [];
        }
    }

    public IReadOnlyList<ulong> ChannelIds
    {
        get
        {
            lock (_lock)
            {
                return [.. _messages.Keys];
            }
        }
    }

    internal FakeResponse Create(ulong channelId, JsonObject body)
    {
        if (Refuse(channelId) is { } refused)
        {
            return refused;
        }

        var now = _options.Time.GetUtcNow();
        lock (_lock)
        {
            var nonce = body["nonce"]?.ToString();
            var enforced = nonce is not null && body["enforce_nonce"]?.GetValue<bool>() == true;
            if (enforced && _nonces.TryGetValue((channelId, nonce!), out var earlier) && now - earlier.At < _options.NonceWindow)
            {
                return FakeResponse.Ok(earlier.Message.DeepClone());
            }

            var message = FakeMessages.Create(_ids.Next(), channelId, body, _options, viaInteraction: false);
            Add(channelId, message);
            if (enforced)
            {
                _nonces[(channelId, nonce!)] = (message, now);
            }

            return FakeResponse.Ok(message.DeepClone());
        }
    }

    internal FakeResponse Edit(ulong channelId, ulong messageId, JsonObject body)
    {
        if (Refuse(channelId) is { } refused)
        {
            return refused;
        }

        lock (_lock)
        {
            var message = Find(channelId, messageId);
            if (message is null)
            {
                return FakeErrors.UnknownMessage();
            }

            FakeMessages.Edit(message, body, _options.Time.GetUtcNow());
            return FakeResponse.Ok(message.DeepClone());
        }
    }

    internal FakeResponse StartThread(ulong channelId, ulong messageId, JsonObject body)
    {
        if (Refuse(channelId) is { } refused)
        {
            return refused;
        }

        lock (_lock)
        {
            var response = _threads.Start(channelId, GuildOf(channelId), messageId, body, NoThreads.ContainsKey(channelId), Find(channelId, messageId) is not null);
            _messages.TryAdd(messageId, []);
            return response;
        }
    }

    private ulong GuildOf(ulong channelId) => Guilds.TryGetValue(channelId, out var guild) ? guild : _options.GuildId;

    private FakeResponse? Refuse(ulong channelId) =>
        Unknown.ContainsKey(channelId) ? FakeErrors.UnknownChannel()
        : NoAccess.ContainsKey(channelId) ? FakeErrors.MissingAccess()
        : NoPermission.ContainsKey(channelId) ? FakeErrors.MissingPermissions()
        : null;

    private void Add(ulong channelId, JsonObject message)
    {
        if (!_messages.TryGetValue(channelId, out var list))
        {
            _messages[channelId] = list = [];
        }

        list.Add(message);
    }

    private JsonObject? Find(ulong channelId, ulong messageId) =>
        _messages.GetValueOrDefault(channelId)?.FirstOrDefault(m => Id(m) == messageId);

    private static ulong Id(JsonObject message) => ulong.Parse(message["id"]!.GetValue<string>(), CultureInfo.InvariantCulture);
}
