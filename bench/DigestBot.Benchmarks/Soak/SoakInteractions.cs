using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DigestBot.Benchmarks;

/// <summary>
/// Interactions shaped as Discord's gateway delivers them (the fields Discord always sends, which Discord.Net reads:
/// the channel object, app permissions, entitlements, the integration owners and context), each from its own user (so
/// no cooldown binds).
/// </summary>
internal static class SoakInteractions
{
    public const ulong Guild = 290926798626357999;
    public const ulong ApplicationId = 1030118727418646629;

    /// <summary>A slash command; <paramref name="sub"/> makes it a sub-command holding the options.</summary>
    public static JsonObject Command(ulong id, ulong channel, string name, string? sub, params (string Name, JsonNode Value)[] options)
    {
        var values = new JsonArray([.. options.Select(o => new JsonObject
        {
            ["name"] = o.Name,
            ["type"] = o.Value.GetValueKind() == JsonValueKind.Number ? 4 : 3,
            ["value"] = o.Value.DeepClone(),
        })]);
        var data = sub is null
            ? new JsonObject { ["id"] = "1", ["name"] = name, ["type"] = 1, ["options"] = values }
            : new JsonObject { ["id"] = "1", ["name"] = name, ["type"] = 1, ["options"] = new JsonArray(new JsonObject { ["name"] = sub, ["type"] = 1, ["options"] = values }) };
        return Base(id, channel, 2, data);
    }

    public static JsonObject Button(ulong id, ulong channel, string customId) =>
        Base(id, channel, 3, new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 });

    public static string Token(ulong id) => $"soak-interaction-{id}";

    private static JsonObject Base(ulong id, ulong channel, int type, JsonObject data) => new()
    {
        ["id"] = Id(id),
        ["application_id"] = Id(ApplicationId),
        ["type"] = type,
        ["token"] = Token(id),
        ["version"] = 1,
        ["guild_id"] = Id(Guild),
        ["channel_id"] = Id(channel),
        ["channel"] = new JsonObject { ["id"] = Id(channel), ["type"] = 0, ["guild_id"] = Id(Guild), ["name"] = "soak" },
        ["member"] = new JsonObject
        {
            ["user"] = new JsonObject { ["id"] = Id(1_000_000 + id), ["username"] = "soak" },
            ["roles"] = new JsonArray(),
            ["permissions"] = "2147483647",
        },
        ["app_permissions"] = "2147483647",
        ["locale"] = "en-US",
        ["guild_locale"] = "en-US",
        ["entitlements"] = new JsonArray(),
        ["authorizing_integration_owners"] = new JsonObject { ["0"] = Id(Guild) },
        ["context"] = 0,
        ["data"] = data,
    };

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);
}
