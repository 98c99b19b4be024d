using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DigestBot.Discord.Json;
using DigestBot.Discord.Models;

namespace DigestBot.Tests.Support;

/// <summary>Interactions shaped as Discord sends them, for the pipeline and both transports.</summary>
internal static class Interactions
{
    public const ulong Guild = 290926798626357999;
    public const ulong Channel = 645027906669510667;
    public const ulong User = 53908232506183680;
    public const ulong ApplicationId = 1030118727418646629;

    /// <summary>A slash command; <paramref name="sub"/> makes it a sub-command holding the options.</summary>
    public static JsonObject Command(ulong id, string name, string? sub = null, string permissions = "2147483647", params (string Name, JsonNode Value)[] options)
    {
        var values = new JsonArray([.. options.Select(o => new JsonObject { ["name"] = o.Name, ["type"] = Type(o.Value), ["value"] = o.Value.DeepClone() })]);
        var data = sub is null
            ? new JsonObject { ["id"] = "1", ["name"] = name, ["type"] = 1, ["options"] = values }
            : new JsonObject { ["id"] = "1", ["name"] = name, ["type"] = 1, ["options"] = new JsonArray(new JsonObject { ["name"] = sub, ["type"] = 1, ["options"] = values }) };
        return Base(id, 2, data, permissions);
    }

    public static JsonObject Button(ulong id, string customId, string permissions = "2147483647") =>
        Base(id, 3, new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 }, permissions);

    public static JsonObject Base(ulong id, int type, JsonObject? data, string permissions = "2147483647")
    {
        var interaction = new JsonObject
        {
            ["id"] = Id(id),
            ["application_id"] = Id(ApplicationId),
            ["type"] = type,
            ["token"] = $"interaction-token-{id}",
            ["version"] = 1,
            ["guild_id"] = Id(Guild),
            ["channel_id"] = Id(Channel),
            ["member"] = new JsonObject { ["user"] = new JsonObject { ["id"] = Id(User), ["username"] = "Mason" }, ["roles"] = new JsonArray(), ["permissions"] = permissions },
            ["locale"] = "en-US",
        };
        if (data is not null)
        {
            interaction["data"] = data;
        }

        return interaction;
    }

    public static Interaction Parse(JsonNode json) => JsonSerializer.Deserialize(json.ToJsonString(), DiscordJsonContext.Default.Interaction)!;

    public static string Token(ulong id) => $"interaction-token-{id}";

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    private static int Type(JsonNode value) => value.GetValueKind() switch
    {
        JsonValueKind.Number => 4,
        JsonValueKind.True or JsonValueKind.False => 5,
        _ => 3,
    };
}
