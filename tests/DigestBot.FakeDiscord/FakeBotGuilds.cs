using System.Globalization;
using System.Text.Json.Nodes;

namespace DigestBot.FakeDiscord;

/// <summary>
/// <c>GET /users/@me/guilds</c> with the bot's token: the servers the bot is in (the default guild, those READY lists and
/// every guild a channel was put in) as Discord's partial guilds, ordered by id and paged by <c>after</c> and
/// <c>limit</c> (1 to 200, default 200) as its user resource documents.
/// </summary>
internal static class FakeBotGuilds
{
    public static FakeResponse List(FakeDiscordServer server, string query)
    {
        var args = System.Web.HttpUtility.ParseQueryString(query);
        var limit = int.TryParse(args["limit"], NumberStyles.None, CultureInfo.InvariantCulture, out var l) ? l : 200;
        if (limit is < 1 or > 200)
        {
            return FakeErrors.InvalidForm([new FakeValidationError("limit", "NUMBER_TYPE_MAX", "int value should be between 1 and 200.")]);
        }

        var after = ulong.TryParse(args["after"], NumberStyles.None, CultureInfo.InvariantCulture, out var a) ? a : 0;
        var ids = new[] { server.Options.GuildId }.Concat(server.Options.GatewayGuilds).Concat(server.Channels.Guilds.Values)
            .Distinct().Where(id => id > after).Order().Take(limit);
        return FakeResponse.Ok(new JsonArray([.. ids.Select(Partial)]));
    }

    private static JsonObject Partial(ulong id) => new()
    {
        ["id"] = FakeMessages.Id(id),
        ["name"] = $"guild-{id}",
        ["icon"] = null,
        ["banner"] = null,
        ["owner"] = false,
        ["permissions"] = "2248473465835073",
        ["features"] = new JsonArray(),
    };
}
