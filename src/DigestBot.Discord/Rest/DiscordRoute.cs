using System.Globalization;

namespace DigestBot.Discord.Rest;

/// <summary>
/// One REST call's route. Rate-limit buckets are per route and per top-level resource (<see cref="Major"/>:
/// channel, guild, or webhook id + token). <see cref="ToString"/> is the template only: paths of interaction and
/// webhook routes hold the interaction token, a secret, so only templates are ever logged.
/// </summary>
internal sealed class DiscordRoute
{
    private DiscordRoute(HttpMethod method, string template, string path, string major, bool isInteraction)
    {
        Method = method;
        Template = template;
        Path = path;
        Major = major;
        IsInteraction = isInteraction;
    }

    public HttpMethod Method { get; }

    /// <summary>E.g. <c>/channels/{channel_id}/messages</c>.</summary>
    public string Template { get; }

    /// <summary>Relative to the API base URL, with the query.</summary>
    internal string Path { get; }

    internal string Major { get; }

    /// <summary>Interaction callbacks and follow-ups: exempt from the global limit, authenticated by their token.</summary>
    public bool IsInteraction { get; }

    internal string Key => $"{Method.Method} {Template}";

    public override string ToString() => Key;

    public static DiscordRoute ChannelMessages(HttpMethod method, ulong channelId, string query = "") =>
        new(method, "/channels/{channel_id}/messages", $"channels/{Id(channelId)}/messages{query}", Id(channelId), false);

    public static DiscordRoute ChannelMessage(HttpMethod method, ulong channelId, ulong messageId) =>
        new(method, "/channels/{channel_id}/messages/{message_id}", $"channels/{Id(channelId)}/messages/{Id(messageId)}", Id(channelId), false);

    public static DiscordRoute MessageThreads(ulong channelId, ulong messageId) =>
        new(HttpMethod.Post, "/channels/{channel_id}/messages/{message_id}/threads",
            $"channels/{Id(channelId)}/messages/{Id(messageId)}/threads", Id(channelId), false);

    public static DiscordRoute InteractionCallback(ulong interactionId, string token) =>
        new(HttpMethod.Post, "/interactions/{interaction_id}/{interaction_token}/callback",
            $"interactions/{Id(interactionId)}/{Uri.EscapeDataString(token)}/callback", $"{Id(interactionId)}/{token}", true);

    public static DiscordRoute Webhook(HttpMethod method, ulong applicationId, string token, string suffix, string templateSuffix) =>
        new(method, "/webhooks/{application_id}/{interaction_token}" + templateSuffix,
            $"webhooks/{Id(applicationId)}/{Uri.EscapeDataString(token)}{suffix}", $"{Id(applicationId)}/{token}", true);

    public static DiscordRoute GlobalCommands(ulong applicationId) =>
        new(HttpMethod.Put, "/applications/{application_id}/commands", $"applications/{Id(applicationId)}/commands", Id(applicationId), false);

    public static DiscordRoute GuildCommands(ulong applicationId, ulong guildId) =>
        new(HttpMethod.Put, "/applications/{application_id}/guilds/{guild_id}/commands",
            $"applications/{Id(applicationId)}/guilds/{Id(guildId)}/commands", Id(guildId), false);

    public static DiscordRoute GatewayBot() => new(HttpMethod.Get, "/gateway/bot", "gateway/bot", string.Empty, false);

    public static DiscordRoute CurrentApplication() => new(HttpMethod.Get, "/applications/@me", "applications/@me", string.Empty, false);

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);
}
