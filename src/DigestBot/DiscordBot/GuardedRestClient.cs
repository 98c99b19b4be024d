using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Discord.Net.Rest;

namespace DigestBot.DiscordBot;

/// <summary>
/// Discord.Net's HTTP client with DigestBot's rules around it, seeing every request Discord.Net makes: a digest
/// chunk's nonce (<see cref="DigestNonce"/>, set around the send) goes into the message body with <c>enforce_nonce</c>,
/// since Discord.Net keeps its own nonce internal; bot-token requests wait for a slot of
/// Discord's global limit; 401, 403 and 429 answers are counted (Cloudflare bans at 10,000 in 10 minutes); and a 401
/// to the bot token stops the bot with one line, after which no bot-token request leaves at all.
/// </summary>
internal sealed class GuardedRestClient(IRestClient inner, DiscordRestGuard guard) : IRestClient
{
    public void SetHeader(string key, string value) => inner.SetHeader(key, value);

    public void SetCancelToken(CancellationToken cancelToken) => inner.SetCancelToken(cancelToken);

    public Task<RestResponse> SendAsync(string method, string endpoint, CancellationToken cancelToken, bool headerOnly = false, string? reason = null,
        IEnumerable<KeyValuePair<string, IEnumerable<string>>>? requestHeaders = null) =>
        GuardAsync(new RestRoute(method, endpoint), requestHeaders, cancelToken, (headers, _) => inner.SendAsync(method, endpoint, cancelToken, headerOnly, reason, headers));

    public Task<RestResponse> SendAsync(string method, string endpoint, string json, CancellationToken cancelToken, bool headerOnly = false, string? reason = null,
        IEnumerable<KeyValuePair<string, IEnumerable<string>>>? requestHeaders = null) =>
        GuardAsync(new RestRoute(method, endpoint), requestHeaders, cancelToken, (headers, nonce) =>
            inner.SendAsync(method, endpoint, nonce is null ? json : WithNonce(json, nonce), cancelToken, headerOnly, reason, headers));

    public Task<RestResponse> SendAsync(string method, string endpoint, IReadOnlyDictionary<string, object> multipartParams, CancellationToken cancelToken,
        bool headerOnly = false, string? reason = null, IEnumerable<KeyValuePair<string, IEnumerable<string>>>? requestHeaders = null) =>
        GuardAsync(new RestRoute(method, endpoint), requestHeaders, cancelToken, (headers, _) => inner.SendAsync(method, endpoint, multipartParams, cancelToken, headerOnly, reason, headers));

    public void Dispose() => inner.Dispose();

    private async Task<RestResponse> GuardAsync(
        RestRoute route,
        IEnumerable<KeyValuePair<string, IEnumerable<string>>>? requestHeaders,
        CancellationToken cancelToken,
        Func<IEnumerable<KeyValuePair<string, IEnumerable<string>>>?, string?, Task<RestResponse>> send)
    {
        if (!route.IsInteraction && guard.TokenRejected)
        {
            return Unauthorized();
        }

        using var slot = route.IsInteraction ? null : await guard.Pace.AcquireAsync(cancelToken).ConfigureAwait(false);
        var response = await send(requestHeaders, route.IsMessageCreate ? DigestNonce.Current : null).ConfigureAwait(false);
        guard.Observe(route, response);
        return response;
    }

    private static string WithNonce(string json, string nonce)
    {
        var body = JsonNode.Parse(json)!.AsObject();
        body["nonce"] = nonce;
        body["enforce_nonce"] = true;
        return body.ToJsonString();
    }

    /// <summary>What Discord would answer, without asking it again once it refused the token.</summary>
    private static RestResponse Unauthorized() => new(
        HttpStatusCode.Unauthorized,
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase),
        new MemoryStream(Encoding.UTF8.GetBytes("""{"message":"401: Unauthorized","code":0}""")));
}
