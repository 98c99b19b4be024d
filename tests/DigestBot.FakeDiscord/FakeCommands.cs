using System.Text.Json.Nodes;

namespace DigestBot.FakeDiscord;

/// <summary>Registered application commands per scope (global, or a guild id) and how often they were overwritten.</summary>
public sealed class FakeCommands
{
    private readonly FakeDiscordOptions _options;
    private readonly FakeIds _ids;
    private readonly Lock _lock = new();
    private readonly Dictionary<ulong, JsonArray> _byScope = [];
    private int _overwrites;

    internal FakeCommands(FakeDiscordOptions options, FakeIds ids)
    {
        _options = options;
        _ids = ids;
    }

    /// <summary>Successful bulk overwrites, global and guild together.</summary>
    public int Overwrites => Volatile.Read(ref _overwrites);

    /// <summary>The commands of a guild, or the global ones for null; null when never registered.</summary>
    public JsonArray? Registered(ulong? guildId)
    {
        lock (_lock)
        {
            return _byScope.GetValueOrDefault(guildId ?? 0)?.DeepClone() as JsonArray;
        }
    }

    internal FakeResponse Overwrite(ulong applicationId, ulong? guildId, JsonNode? body)
    {
        if (applicationId != _options.ApplicationId)
        {
            return FakeResponse.Error(403, 50001, "Missing Access");
        }

        if (FakeCommandValidator.Validate(body) is { } invalid)
        {
            return invalid;
        }

        var stored = new JsonArray();
        foreach (var command in ((JsonArray)body!).Select(c => (JsonObject)c!.DeepClone()))
        {
            command["id"] = FakeMessages.Id(_ids.Next());
            command["application_id"] = FakeMessages.Id(applicationId);
            command["version"] = FakeMessages.Id(_ids.Next());
            command["type"] ??= 1;
            if (guildId is { } guild)
            {
                command["guild_id"] = FakeMessages.Id(guild);
            }

            stored.Add(command);
        }

        lock (_lock)
        {
            _byScope[guildId ?? 0] = stored;
            _overwrites++;
            return FakeResponse.Ok(stored.DeepClone());
        }
    }
}
