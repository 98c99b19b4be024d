using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Discord.Net.Rest;
using DigestBot.DiscordBot;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DigestBot.Tests.DiscordBot;

/// <summary>
/// Our wrapper around Discord.Net's HTTP client, seeing each request as Discord.Net hands it over (an inner client
/// here records them and answers as told): the digest nonce, the global pace, and the bot token's 401.
/// </summary>
public sealed class GuardedRestClientTests
{
    private readonly Inner _inner = new();
    private readonly FatalStop _fatal = new();
    private readonly DiscordRestGuard _guard;
    private readonly GuardedRestClient _client;

    public GuardedRestClientTests()
    {
        var options = Options.Create(new DiscordOptions { GlobalRequestsPerSecond = 1 });
        _guard = new DiscordRestGuard(options, new InvalidRequestCounter(TimeProvider.System, NullLogger<InvalidRequestCounter>.Instance), _fatal, NullLogger<DiscordRestGuard>.Instance);
        _client = new GuardedRestClient(_inner, _guard);
    }

    [Fact]
    public async Task A_digest_message_create_carries_its_nonce_enforced_and_no_other_request_is_touched()
    {
        using (DigestNonce.Use("d7-c0"))
        {
            await _client.SendAsync("POST", "channels/5/messages", """{"content":"digest"}""", CancellationToken.None);
            await _client.SendAsync("POST", "channels/5/messages/9/threads", """{"name":"Digest"}""", CancellationToken.None);
        }

        await _client.SendAsync("POST", "channels/5/messages", """{"content":"no digest"}""", CancellationToken.None);

        var digest = JsonNode.Parse(_inner.Bodies[0])!;
        Assert.Equal(("d7-c0", true, "digest"), (digest["nonce"]!.GetValue<string>(), digest["enforce_nonce"]!.GetValue<bool>(), digest["content"]!.GetValue<string>()));
        Assert.Equal("""{"name":"Digest"}""", _inner.Bodies[1]);
        Assert.Equal("""{"content":"no digest"}""", _inner.Bodies[2]);
    }

    [Fact]
    public async Task Interaction_answers_do_not_wait_for_the_global_limit_and_their_401_stops_nothing()
    {
        // The one slot a second is held by a bot-token request that has not been answered yet.
        var held = _inner.Hold();
        var posting = _client.SendAsync("POST", "channels/5/messages", "{}", CancellationToken.None);
        _inner.Answer = HttpStatusCode.Unauthorized;

        var answered = await _client.SendAsync("POST", "interactions/77/aW50ZXJhY3Rpb24/callback", "{}", CancellationToken.None);

        Assert.Equal(HttpStatusCode.Unauthorized, answered.StatusCode);
        Assert.False(posting.IsCompleted);
        Assert.False(_guard.TokenRejected);
        Assert.False(_fatal.Stopped);
        held.SetResult();
        await posting;
    }

    [Fact]
    public async Task A_401_to_the_bot_token_stops_the_bot_once_and_no_bot_token_request_leaves_after_it()
    {
        _inner.Answer = HttpStatusCode.Unauthorized;

        var refused = await _client.SendAsync("GET", "channels/5", CancellationToken.None);
        _inner.Answer = HttpStatusCode.OK;
        var after = await _client.SendAsync("POST", "channels/5/messages", "{}", CancellationToken.None);

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized], [refused.StatusCode, after.StatusCode]);
        Assert.Single(_inner.Bodies);
        Assert.Equal(DiscordRestGuard.TokenRejectedLine, _fatal.Reason);
        Assert.Equal(1, _guard.Invalid.Count);
    }

    [Theory]
    [InlineData("POST", "interactions/1234567/aW50ZXJhY3Rpb246c2VjcmV0/callback", "POST interactions/{id}/{token}/callback")]
    [InlineData("PATCH", "webhooks/1030118727418646629/aW50ZXJhY3Rpb246c2VjcmV0/messages/@original", "PATCH webhooks/{id}/{token}/messages/@original")]
    [InlineData("GET", "channels/645027906669510667/messages?limit=50", "GET channels/{id}/messages")]
    public void Routes_are_logged_as_templates_without_ids_or_interaction_tokens(string method, string endpoint, string template)
    {
        Assert.Equal(template, new RestRoute(method, endpoint).Template);
    }

    /// <summary>Discord.Net's HTTP client as the wrapper sees it: records what reaches it and answers <see cref="Answer"/>.</summary>
    private sealed class Inner : IRestClient
    {
        private TaskCompletionSource? _hold;

        public List<string> Bodies { get; } = [];

        public HttpStatusCode Answer { get; set; } = HttpStatusCode.OK;

        /// <summary>The next request waits until the returned source is completed.</summary>
        public TaskCompletionSource Hold() => _hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        public void SetHeader(string key, string value)
        {
        }

        public void SetCancelToken(CancellationToken cancelToken)
        {
        }

        public Task<RestResponse> SendAsync(string method, string endpoint, CancellationToken cancelToken, bool headerOnly = false, string? reason = null,
            IEnumerable<KeyValuePair<string, IEnumerable<string>>>? requestHeaders = null) => RespondAsync(string.Empty);

        public Task<RestResponse> SendAsync(string method, string endpoint, string json, CancellationToken cancelToken, bool headerOnly = false, string? reason = null,
            IEnumerable<KeyValuePair<string, IEnumerable<string>>>? requestHeaders = null) => RespondAsync(json);

        public Task<RestResponse> SendAsync(string method, string endpoint, IReadOnlyDictionary<string, object> multipartParams, CancellationToken cancelToken,
            bool headerOnly = false, string? reason = null, IEnumerable<KeyValuePair<string, IEnumerable<string>>>? requestHeaders = null) => RespondAsync(string.Empty);

        public void Dispose()
        {
        }

        private async Task<RestResponse> RespondAsync(string body)
        {
            Bodies.Add(body);
            var status = Answer;
            if (Interlocked.Exchange(ref _hold, null) is { } hold)
            {
                await hold.Task;
            }

            return new RestResponse(status, new Dictionary<string, string>(), new MemoryStream(Encoding.UTF8.GetBytes("{}")));
        }
    }
}
