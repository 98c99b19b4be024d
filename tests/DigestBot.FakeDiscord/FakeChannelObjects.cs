using System.Text.Json.Nodes;

namespace DigestBot.FakeDiscord;

/// <summary>Channel objects as <c>GET /channels/{id}</c> and Start Thread return them (shapes from Discord's channel docs).</summary>
internal static class FakeChannelObjects
{
    /// <summary>Every channel the fake has not been told otherwise about is a guild text channel.</summary>
    public static JsonObject Text(ulong channelId, ulong guildId, string? lastMessageId) => new()
    {
        ["id"] = FakeMessages.Id(channelId),
        ["type"] = 0,
        ["guild_id"] = FakeMessages.Id(guildId),
        ["name"] = $"channel-{channelId}",
        ["position"] = 0,
        ["flags"] = 0,
        ["permission_overwrites"] = new JsonArray(),
        ["parent_id"] = null,
        ["topic"] = null,
        ["nsfw"] = false,
        ["last_message_id"] = lastMessageId,
        ["rate_limit_per_user"] = 0,
        ["default_auto_archive_duration"] = DefaultArchiveMinutes,
    };

    public const int DefaultArchiveMinutes = 1440;

    /// <summary>A public thread started from a message: its id is the message's; the bot that started it owns it.</summary>
    public static JsonObject Thread(ulong threadId, ulong parentId, ulong guildId, string name, long archiveMinutes, FakeDiscordOptions options)
    {
        var now = FakeMessages.Time(options.Time.GetUtcNow());
        return new JsonObject
        {
            ["id"] = FakeMessages.Id(threadId),
            ["type"] = 11,
            ["guild_id"] = FakeMessages.Id(guildId),
            ["parent_id"] = FakeMessages.Id(parentId),
            ["owner_id"] = FakeMessages.Id(options.BotUserId),
            ["name"] = name,
            ["flags"] = 0,
            ["last_message_id"] = null,
            ["message_count"] = 0,
            ["member_count"] = 1,
            ["total_message_sent"] = 0,
            ["rate_limit_per_user"] = 0,
            ["thread_metadata"] = new JsonObject
            {
                ["archived"] = false,
                ["auto_archive_duration"] = archiveMinutes,
                ["archive_timestamp"] = now,
                ["locked"] = false,
                ["create_timestamp"] = now,
            },
            ["member"] = new JsonObject { ["id"] = FakeMessages.Id(threadId), ["user_id"] = FakeMessages.Id(options.BotUserId), ["join_timestamp"] = now, ["flags"] = 1 },
        };
    }
}
