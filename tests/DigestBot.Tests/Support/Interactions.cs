using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DigestBot.FakeDiscord;

namespace DigestBot.Tests.Support;

/// <summary>
/// Interactions shaped as Discord sends them (every field the docs call required, as in real payloads), for the
/// pipeline and both transports. Tests name an interaction by a small number n: its token is
/// <c>interaction-token-{n}</c> and its id a realistic snowflake made at <see cref="Now"/> (where the test clocks
/// start; <see cref="At"/> moves it to another time) with n in its low bits.
/// </summary>
internal static class Interactions
{
    /// <summary>Where the harness clocks start: an interaction made then reads as fresh to an age check.</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Discord's own system user, which sends the PINGs.</summary>
    private const ulong DiscordSystemUser = 643945264868098049;

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
            ["id"] = Id(Snowflake(id)),
            ["application_id"] = Id(ApplicationId),
            ["type"] = type,
            ["token"] = Token(id),
            ["version"] = 1,
            ["guild_id"] = Id(Guild),
            ["channel_id"] = Id(Channel),
            ["channel"] = new JsonObject { ["id"] = Id(Channel), ["type"] = 0, ["guild_id"] = Id(Guild), ["name"] = "papers" },
            ["member"] = new JsonObject { ["user"] = new JsonObject { ["id"] = Id(User), ["username"] = "Mason" }, ["roles"] = new JsonArray(), ["permissions"] = permissions },
            ["app_permissions"] = "2147483647",
            ["locale"] = "en-US",
            ["guild_locale"] = "en-US",
            ["entitlements"] = new JsonArray(),
            ["authorizing_integration_owners"] = new JsonObject { ["0"] = Id(Guild) },
            ["context"] = 0,
            ["attachment_size_limit"] = 10485760,
        };
        if (data is not null)
        {
            interaction["data"] = data;
        }

        return interaction;
    }

    /// <summary>
    /// A PING as Discord sends one to an interactions endpoint: from Discord's system user, no guild, no locale (fields
    /// as in real Discord-signed PINGs).
    /// </summary>
    public static JsonObject Ping(ulong id) => new()
    {
        ["app_permissions"] = "562949953601536",
        ["application_id"] = Id(ApplicationId),
        ["authorizing_integration_owners"] = new JsonObject(),
        ["entitlements"] = new JsonArray(),
        ["id"] = Id(FakeSnowflake.At(Now, id)),
        ["token"] = Token(id),
        ["type"] = 1,
        ["user"] = new JsonObject
        {
            ["avatar"] = null,
            ["bot"] = true,
            ["discriminator"] = "0000",
            ["global_name"] = "Discord",
            ["id"] = Id(DiscordSystemUser),
            ["public_flags"] = 1,
            ["system"] = true,
            ["username"] = "discord",
        },
        ["version"] = 1,
    };

    /// <summary>The interaction made at <paramref name="at"/> instead (a test clock that moved on): its id restamped, its number kept.</summary>
    public static JsonObject At(JsonObject interaction, DateTimeOffset at)
    {
        var id = ulong.Parse(interaction["id"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        interaction["id"] = Id(FakeSnowflake.At(at, FakeSnowflake.Low(id)));
        return interaction;
    }

    private static readonly Ed25519Signer Discord = new();

    /// <summary>The interaction as Discord.Net reads it (signed here and parsed as the HTTP endpoint parses it; no request is made).</summary>
    public static async Task<global::Discord.IDiscordInteraction> ParseAsync(JsonNode json)
    {
        var body = System.Text.Encoding.UTF8.GetBytes(json.ToJsonString());
        var stamp = "1";
        var signature = Convert.ToHexStringLower(Discord.Sign([.. System.Text.Encoding.UTF8.GetBytes(stamp), .. body]));
        using var client = new global::Discord.Rest.DiscordRestClient();
        return await client.ParseHttpInteractionAsync(Convert.ToHexStringLower(Discord.PublicKey), signature, stamp, body, _ => false);
    }

    public static string Token(ulong id) => $"interaction-token-{id}";

    /// <summary>The id of interaction number <paramref name="id"/> made at <see cref="Now"/>.</summary>
    public static ulong Snowflake(ulong id) => FakeSnowflake.At(Now, id);

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    private static int Type(JsonNode value) => value.GetValueKind() switch
    {
        JsonValueKind.Number => 4,
        JsonValueKind.True or JsonValueKind.False => 5,
        _ => 3,
    };
}
