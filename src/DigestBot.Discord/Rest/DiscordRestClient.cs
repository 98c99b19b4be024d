using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using DigestBot.Discord.Json;
using DigestBot.Discord.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DigestBot.Discord.Rest;

/// <summary>
/// The Discord REST API v10 calls DigestBot makes, typed, rate-limited from Discord's headers and retried.
/// One instance per bot token for the life of the process: it holds the rate-limit state. Failures throw
/// <see cref="DiscordException"/>; after a 401 every call throws without reaching Discord.
/// </summary>
public sealed class DiscordRestClient
{
    private static readonly DiscordJsonContext Context = DiscordJsonContext.Default;
    private readonly DiscordRequestSender _sender;

    /// <param name="http">Used as is; its base address and default headers are ignored.</param>
    public DiscordRestClient(HttpClient http, DiscordRestOptions options, TimeProvider? time = null, ILogger<DiscordRestClient>? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Token);
        _sender = new DiscordRequestSender(http, options, time ?? TimeProvider.System, logger ?? NullLogger<DiscordRestClient>.Instance);
    }

    /// <summary>401, 403 and 429 answers in the last 10 minutes (Cloudflare bans an IP at 10,000).</summary>
    public int InvalidRequestCount => _sender.Invalid.Count;

    /// <summary>True after a 401: the token is bad and no further call is made.</summary>
    public bool IsStopped => _sender.IsStopped;

    /// <summary>The global limit now in force (lower than configured after a global 429).</summary>
    public int GlobalRequestsPerSecond => _sender.Global.Limit;

    public Task<DiscordMessage> CreateMessageAsync(ulong channelId, MessageCreate message, CancellationToken cancellationToken = default) =>
        SendAsync(DiscordRoute.ChannelMessages(HttpMethod.Post, channelId), message, Context.MessageCreate, Context.DiscordMessage, cancellationToken);

    public Task<DiscordMessage> EditMessageAsync(ulong channelId, ulong messageId, MessagePayload message, CancellationToken cancellationToken = default) =>
        SendAsync(DiscordRoute.ChannelMessage(HttpMethod.Patch, channelId, messageId), message, Context.MessagePayload, Context.DiscordMessage, cancellationToken);

    /// <summary>The channel's latest messages, newest first (1–100; needs Read Message History).</summary>
    public Task<IReadOnlyList<DiscordMessage>> GetMessagesAsync(
        ulong channelId, int limit = 50, ulong? before = null, ulong? after = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, 100);
        var query = $"?limit={limit}"
            + (before is { } b ? $"&before={b.ToString(CultureInfo.InvariantCulture)}" : string.Empty)
            + (after is { } a ? $"&after={a.ToString(CultureInfo.InvariantCulture)}" : string.Empty);
        return SendAsync(DiscordRoute.ChannelMessages(HttpMethod.Get, channelId, query), Context.IReadOnlyListDiscordMessage, cancellationToken);
    }

    /// <summary>A public thread under a message; the thread's id is the message's (one per message, else 160004).</summary>
    public Task<DiscordChannel> StartThreadFromMessageAsync(ulong channelId, ulong messageId, StartThread thread, CancellationToken cancellationToken = default) =>
        SendAsync(DiscordRoute.MessageThreads(channelId, messageId), thread, Context.StartThread, Context.DiscordChannel, cancellationToken);

    /// <summary>Answers an interaction (within 3 s of its creation); exempt from the global limit.</summary>
    public async Task CreateInteractionResponseAsync(ulong interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken = default)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(response, Context.InteractionResponse);
        await _sender.SendAsync(DiscordRoute.InteractionCallback(interactionId, interactionToken), body, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Completes a deferred response, or changes the first one.</summary>
    public Task<DiscordMessage> EditOriginalResponseAsync(ulong applicationId, string interactionToken, MessagePayload message, CancellationToken cancellationToken = default) =>
        SendAsync(DiscordRoute.Webhook(HttpMethod.Patch, applicationId, interactionToken, "/messages/@original", "/messages/@original"),
            message, Context.MessagePayload, Context.DiscordMessage, cancellationToken);

    /// <summary>Removes the original response, e.g. a public "thinking" message whose answer turned out to be for the invoker only.</summary>
    public async Task DeleteOriginalResponseAsync(ulong applicationId, string interactionToken, CancellationToken cancellationToken = default) =>
        await _sender.SendAsync(
            DiscordRoute.Webhook(HttpMethod.Delete, applicationId, interactionToken, "/messages/@original", "/messages/@original"), null, cancellationToken)
            .ConfigureAwait(false);

    public Task<DiscordMessage> CreateFollowupMessageAsync(ulong applicationId, string interactionToken, MessagePayload message, CancellationToken cancellationToken = default) =>
        SendAsync(DiscordRoute.Webhook(HttpMethod.Post, applicationId, interactionToken, "?wait=true", string.Empty),
            message, Context.MessagePayload, Context.DiscordMessage, cancellationToken);

    public Task<DiscordMessage> EditFollowupMessageAsync(
        ulong applicationId, string interactionToken, ulong messageId, MessagePayload message, CancellationToken cancellationToken = default) =>
        SendAsync(DiscordRoute.Webhook(HttpMethod.Patch, applicationId, interactionToken, $"/messages/{messageId.ToString(CultureInfo.InvariantCulture)}", "/messages/{message_id}"),
            message, Context.MessagePayload, Context.DiscordMessage, cancellationToken);

    /// <summary>Replaces every global command of the application (all types) with <paramref name="commands"/>.</summary>
    public Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteGlobalCommandsAsync(
        ulong applicationId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken = default) =>
        SendAsync(DiscordRoute.GlobalCommands(applicationId), commands, Context.IReadOnlyListApplicationCommand, Context.IReadOnlyListApplicationCommand, cancellationToken);

    /// <summary>Replaces every command of the application in one guild; takes effect at once.</summary>
    public Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteGuildCommandsAsync(
        ulong applicationId, ulong guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken = default) =>
        SendAsync(DiscordRoute.GuildCommands(applicationId, guildId), commands, Context.IReadOnlyListApplicationCommand, Context.IReadOnlyListApplicationCommand, cancellationToken);

    public Task<GatewayBot> GetGatewayBotAsync(CancellationToken cancellationToken = default) =>
        SendAsync(DiscordRoute.GatewayBot(), Context.GatewayBot, cancellationToken);

    public Task<DiscordApplication> GetCurrentApplicationAsync(CancellationToken cancellationToken = default) =>
        SendAsync(DiscordRoute.CurrentApplication(), Context.DiscordApplication, cancellationToken);

    private Task<TResponse> SendAsync<TRequest, TResponse>(
        DiscordRoute route, TRequest request, JsonTypeInfo<TRequest> requestInfo, JsonTypeInfo<TResponse> responseInfo, CancellationToken cancellationToken) =>
        SendCoreAsync(route, JsonSerializer.SerializeToUtf8Bytes(request, requestInfo), responseInfo, cancellationToken);

    private Task<TResponse> SendAsync<TResponse>(DiscordRoute route, JsonTypeInfo<TResponse> responseInfo, CancellationToken cancellationToken) =>
        SendCoreAsync(route, null, responseInfo, cancellationToken);

    private async Task<TResponse> SendCoreAsync<TResponse>(DiscordRoute route, byte[]? body, JsonTypeInfo<TResponse> responseInfo, CancellationToken cancellationToken)
    {
        var bytes = await _sender.SendAsync(route, body, cancellationToken).ConfigureAwait(false);
        try
        {
            return JsonSerializer.Deserialize(bytes, responseInfo)
                ?? throw new DiscordException(200, 0, route.ToString(), $"Discord {route} answered an empty body");
        }
        catch (JsonException e)
        {
            throw new DiscordException(200, 0, route.ToString(), $"Discord {route} answered a body that is not the expected JSON: {e.Message}", e);
        }
    }
}
