using System.Text.RegularExpressions;

namespace DigestBot.FakeDiscord;

/// <summary>
/// The REST routes the fake implements (issue 7's list, the reads a client library makes on login and for an uncached
/// channel: issue 17, and the bot's servers, which the dashboard's Discord login asks for: issue 22), each with its rate-limit rule.
/// </summary>
internal static class FakeRoutes
{
    public static IReadOnlyList<FakeRoute> Build(FakeDiscordServer server)
    {
        var o = server.Options;
        return
        [
            Route("POST", "/channels/{channel_id}/messages", "^/channels/(?<major>\\d+)/messages$", o.Messages, false, true,
                c => FakeMessageValidator.Validate(c.Body, FakeMessageKind.Create, o.RequireNoMentions) ?? server.Channels.Create(c.Id("major"), c.Object)),
            Route("GET", "/channels/{channel_id}/messages", "^/channels/(?<major>\\d+)/messages$", o.Default, false, false,
                c => server.Channels.List(c.Id("major"), c.Query)),
            Route("PATCH", "/channels/{channel_id}/messages/{message_id}", $"^/channels/(?<major>\\d+)/messages/(?<message>\\d+)$", o.Messages, false, true,
                c => FakeMessageValidator.Validate(c.Body, FakeMessageKind.Edit, o.RequireNoMentions) ?? server.Channels.Edit(c.Id("major"), c.Id("message"), c.Object)),
            Route("POST", "/channels/{channel_id}/messages/{message_id}/threads", "^/channels/(?<major>\\d+)/messages/(?<message>\\d+)/threads$", o.Default, false, true,
                c => server.Channels.StartThread(c.Id("major"), c.Id("message"), c.Object)),
            Route("POST", "/interactions/{interaction_id}/{interaction_token}/callback", "^/interactions/(?<major>\\d+)/(?<token>[^/]+)/callback$", o.Interactions, true, true,
                c => server.Interactions.Callback(c.Id("major"), c.Text("token"), c.Object)),
            Route("PATCH", "/webhooks/{application_id}/{interaction_token}/messages/@original", "^/webhooks/(?<app>\\d+)/(?<major>[^/]+)/messages/@original$", o.Interactions, true, true,
                c => FakeMessageValidator.Validate(c.Body, FakeMessageKind.Interaction, o.RequireNoMentions) ?? server.Interactions.EditOriginal(c.Id("app"), c.Text("major"), c.Object)),
            Route("DELETE", "/webhooks/{application_id}/{interaction_token}/messages/@original", "^/webhooks/(?<app>\\d+)/(?<major>[^/]+)/messages/@original$", o.Interactions, true, false,
                c => server.Interactions.DeleteOriginal(c.Id("app"), c.Text("major"))),
            Route("PATCH", "/webhooks/{application_id}/{interaction_token}/messages/{message_id}", "^/webhooks/(?<app>\\d+)/(?<major>[^/]+)/messages/(?<message>\\d+)$", o.Interactions, true, true,
                c => FakeMessageValidator.Validate(c.Body, FakeMessageKind.Interaction, o.RequireNoMentions) ?? server.Interactions.EditFollowup(c.Id("app"), c.Text("major"), c.Id("message"), c.Object)),
            Route("POST", "/webhooks/{application_id}/{interaction_token}", "^/webhooks/(?<app>\\d+)/(?<major>[^/]+)$", o.Interactions, true, true,
                c => FakeMessageValidator.Validate(c.Body, FakeMessageKind.Interaction, o.RequireNoMentions) ?? server.Interactions.Followup(c.Id("app"), c.Text("major"), c.Object)),
            Route("PUT", "/applications/{application_id}/commands", "^/applications/(?<major>\\d+)/commands$", o.Default, false, true,
                c => server.Commands.Overwrite(c.Id("major"), null, c.Body)),
            Route("PUT", "/applications/{application_id}/guilds/{guild_id}/commands", "^/applications/(?<app>\\d+)/guilds/(?<major>\\d+)/commands$", o.Default, false, true,
                c => server.Commands.Overwrite(c.Id("app"), c.Id("major"), c.Body)),
            Route("GET", "/gateway/bot", "^/gateway/bot$", o.Default, false, false, _ => FakeResponse.Ok(server.GatewayBot())),
            Route("GET", "/applications/@me", "^/applications/@me$", o.Default, false, false, _ => FakeResponse.Ok(server.Application())),
            Route("GET", "/oauth2/applications/@me", "^/oauth2/applications/@me$", o.Default, false, false, _ => FakeResponse.Ok(server.Application())),
            Route("GET", "/users/@me", "^/users/@me$", o.Default, false, false, _ => FakeResponse.Ok(FakeUsers.Bot(o))),
            Route("GET", "/users/@me/guilds", "^/users/@me/guilds$", o.Default, false, false, c => FakeBotGuilds.List(server, c.Query)),
            Route("GET", "/channels/{channel_id}", "^/channels/(?<major>\\d+)$", o.Default, false, false, c => server.Channels.Get(c.Id("major"))),
        ];
    }

    private static FakeRoute Route(string method, string template, string pattern, FakeBucketRule rule, bool interaction, bool body, Func<FakeCall, FakeResponse> handle) =>
        new(method, $"{method} {template}", new Regex(pattern, RegexOptions.CultureInvariant), rule, interaction, body, handle);
}
