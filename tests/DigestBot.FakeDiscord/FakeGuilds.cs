using System.Text.Json.Nodes;

namespace DigestBot.FakeDiscord;

/// <summary>
/// GUILD_CREATE as Discord sends it to a bot with the Guilds intent after READY (and when it joins a guild): the guild
/// with its roles (at least @everyone, whose id is the guild's) and text channels, and the lists a bot without
/// privileged intents gets empty. Field names from Discord's guild and gateway-events docs. A guild READY listed comes
/// with <c>unavailable: false</c> (it became available); a guild joined later leaves the field out, which is how
/// clients (Discord.Net among them) tell a join from a lazy load.
/// </summary>
internal static class FakeGuilds
{
    public static JsonObject Create(FakeDiscordOptions options, ulong guildId, IEnumerable<ulong> channels, bool joined)
    {
        var guild = Guild(options, guildId, channels);
        if (joined)
        {
            guild.Remove("unavailable");
        }

        return guild;
    }

    private static JsonObject Guild(FakeDiscordOptions options, ulong guildId, IEnumerable<ulong> channels) => new()
    {
        ["id"] = FakeMessages.Id(guildId),
        ["name"] = $"guild-{guildId}",
        ["icon"] = null,
        ["splash"] = null,
        ["discovery_splash"] = null,
        ["owner_id"] = FakeMessages.Id(OwnerId),
        ["afk_channel_id"] = null,
        ["afk_timeout"] = 300,
        ["verification_level"] = 0,
        ["default_message_notifications"] = 0,
        ["explicit_content_filter"] = 0,
        ["roles"] = new JsonArray(Everyone(guildId)),
        ["emojis"] = new JsonArray(),
        ["stickers"] = new JsonArray(),
        ["features"] = new JsonArray(),
        ["mfa_level"] = 0,
        ["application_id"] = null,
        ["system_channel_id"] = null,
        ["system_channel_flags"] = 0,
        ["rules_channel_id"] = null,
        ["vanity_url_code"] = null,
        ["description"] = null,
        ["banner"] = null,
        ["premium_tier"] = 0,
        ["preferred_locale"] = "en-US",
        ["public_updates_channel_id"] = null,
        ["nsfw_level"] = 0,
        ["premium_progress_bar_enabled"] = false,
        ["joined_at"] = FakeMessages.Time(options.Time.GetUtcNow()),
        ["large"] = false,
        ["unavailable"] = false,
        ["member_count"] = 2,
        ["voice_states"] = new JsonArray(),
        ["members"] = new JsonArray(),
        ["channels"] = new JsonArray([.. channels.Order().Select(c => FakeChannelObjects.Text(c, guildId, null))]),
        ["threads"] = new JsonArray(),
        ["presences"] = new JsonArray(),
        ["stage_instances"] = new JsonArray(),
        ["guild_scheduled_events"] = new JsonArray(),
        ["soundboard_sounds"] = new JsonArray(),
    };

    /// <summary>The made-up owner of every fake guild (not the bot).</summary>
    private const ulong OwnerId = 53908232506183680;

    private static JsonObject Everyone(ulong guildId) => new()
    {
        ["id"] = FakeMessages.Id(guildId),
        ["name"] = "@everyone",
        ["color"] = 0,
        ["hoist"] = false,
        ["icon"] = null,
        ["unicode_emoji"] = null,
        ["position"] = 0,
        ["permissions"] = "2248473465835073",
        ["managed"] = false,
        ["mentionable"] = false,
        ["flags"] = 0,
    };
}
