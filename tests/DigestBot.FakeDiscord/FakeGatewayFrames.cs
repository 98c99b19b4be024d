using System.Text.Json.Nodes;

namespace DigestBot.FakeDiscord;

/// <summary>The frames the fake gateway sends, shaped as Discord's (see the captured hello and ready in tests/fixtures/discord).</summary>
internal static class FakeGatewayFrames
{
    public static JsonObject Hello(TimeSpan interval) => Frame(10, new JsonObject { ["heartbeat_interval"] = (int)interval.TotalMilliseconds });

    public static JsonObject HeartbeatAck() => Frame(11, null);

    public static JsonObject Heartbeat() => Frame(1, null);

    public static JsonObject Reconnect() => Frame(7, null);

    public static JsonObject InvalidSession(bool resumable) => Frame(9, JsonValue.Create(resumable));

    public static JsonObject Dispatch(string type, int sequence, JsonNode data) =>
        new() { ["t"] = type, ["s"] = sequence, ["op"] = 0, ["d"] = data.DeepClone() };

    /// <summary>
    /// READY with the fields the captured one has (the documented ones, plus <c>private_channels</c>, <c>relationships</c>,
    /// <c>presences</c>, <c>user_settings</c> and <c>guild_join_requests</c>, empty for a bot, which clients read too).
    /// </summary>
    public static JsonObject Ready(FakeDiscordOptions options, string sessionId, string resumeUrl, JsonArray? shard = null)
    {
        var ready = Unsharded(options, sessionId, resumeUrl);
        if (shard is not null)
        {
            ready["shard"] = shard.DeepClone();
        }

        return ready;
    }

    private static JsonObject Unsharded(FakeDiscordOptions options, string sessionId, string resumeUrl) => new()
    {
        ["v"] = 10,
        ["user_settings"] = new JsonObject(),
        ["user"] = FakeUsers.Bot(options),
        ["session_type"] = "normal",
        ["session_id"] = sessionId,
        ["resume_gateway_url"] = resumeUrl,
        ["relationships"] = new JsonArray(),
        ["private_channels"] = new JsonArray(),
        ["presences"] = new JsonArray(),
        ["guilds"] = new JsonArray([.. options.GatewayGuilds.Select(g => new JsonObject { ["id"] = FakeMessages.Id(g), ["unavailable"] = true })]),
        ["guild_join_requests"] = new JsonArray(),
        ["application"] = new JsonObject { ["id"] = FakeMessages.Id(options.ApplicationId), ["flags"] = 0 },
    };

    private static JsonObject Frame(int op, JsonNode? data) => new() { ["t"] = null, ["s"] = null, ["op"] = op, ["d"] = data };
}
