using System.Globalization;
using System.Text.Json.Nodes;

namespace DigestBot.FakeDiscord;

/// <summary>Message documents as Discord returns them, built from what was sent.</summary>
internal static class FakeMessages
{
    public static JsonObject Create(ulong id, ulong channelId, JsonObject sent, FakeDiscordOptions options, bool viaInteraction)
    {
        var message = new JsonObject
        {
            ["id"] = Id(id),
            ["channel_id"] = Id(channelId),
            ["type"] = 0,
            ["author"] = FakeUsers.Partial(options.BotUserId),
            ["content"] = sent["content"]?.DeepClone() ?? string.Empty,
            ["embeds"] = sent["embeds"]?.DeepClone() ?? new JsonArray(),
            ["components"] = sent["components"]?.DeepClone() ?? new JsonArray(),
            ["timestamp"] = Time(options.Time.GetUtcNow()),
            ["edited_timestamp"] = null,
            ["flags"] = sent["flags"]?.DeepClone() ?? 0,
            ["mentions"] = new JsonArray(),
            ["pinned"] = false,
            ["tts"] = false,
        };
        if (sent["nonce"] is { } nonce)
        {
            message["nonce"] = nonce.DeepClone();
        }

        if (viaInteraction)
        {
            message["webhook_id"] = Id(options.ApplicationId);
            message["application_id"] = Id(options.ApplicationId);
        }

        return message;
    }

    /// <summary>An edit replaces the fields it names and leaves the rest.</summary>
    public static void Edit(JsonObject message, JsonObject edit, DateTimeOffset now)
    {
        foreach (var field in new[] { "content", "embeds", "components", "flags" })
        {
            if (edit[field] is { } value)
            {
                message[field] = value.DeepClone();
            }
        }

        message["edited_timestamp"] = Time(now);
    }

    public static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'+00:00'", CultureInfo.InvariantCulture);
}
