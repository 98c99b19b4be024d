using System.Net;
using DigestBot.DiscordBot;
using DigestBot.Storage;
using DigestBot.Summaries;
using DigestBot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static DigestBot.Tests.Support.FixtureServer;

namespace DigestBot.Tests.Safety;

/// <summary>
/// Failures on every path that carries a secret, with servers that echo it back as unkind ones do: neither the bot
/// token nor the LLM key may appear in a log line, an exception message or anything shown to a user.
/// </summary>
public sealed class SecretsTests
{
    private const string ApiKey = "sk-guard-DISTINCTIVE-llm-key-4d7f1c9a";

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadRequest)]
    public async Task An_llm_server_echoing_the_key_in_its_error_leaks_it_nowhere(HttpStatusCode status)
    {
        using var server = new FixtureServer();
        using var temp = new TempDirectory();
        var seen = new List<string>();
        server.On("/v1/chat/completions", request =>
        {
            var auth = request.Headers["Authorization"] ?? string.Empty;
            lock (seen)
            {
                seen.Add(auth);
            }

            var body = new System.Text.Json.Nodes.JsonObject
            {
                ["error"] = new System.Text.Json.Nodes.JsonObject { ["message"] = "Incorrect API key provided: " + auth, ["code"] = "invalid_api_key" },
            };
            return Response.Text(status, body.ToJsonString());
        });
        var capture = new SecretCapture();
        await using var services = LlmServices(server, temp, capture);

        var tldr = await services.GetRequiredService<SummaryService>().SummarizeAsync(DigestBot.Tests.Support.TestPapers.Arxiv("2412.13795"), useLlm: true, CancellationToken.None);
        capture.Add(tldr.Text);

        Assert.Contains(seen, s => s.Contains(ApiKey, StringComparison.Ordinal));
        Assert.NotEqual(TldrKind.Llm, tldr.Kind);
        Assert.Contains(ApiKey[..12], seen[0], StringComparison.Ordinal);
        Assert.True(capture.Count > 1, "the failure left no log line to check");
        capture.AssertNone(ApiKey);
    }

    [Fact]
    public async Task A_revoked_bot_token_stops_the_bot_and_is_in_no_log_line_or_exception()
    {
        var capture = new SecretCapture();
        await using var app = await DiscordAppHarness.StartAsync(DiscordMode.Gateway);
        app.Fake.TokenRevoked = true;

        var rest = await app.Get<DiscordClients>().RestAsync(CancellationToken.None);
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => rest.GetChannelAsync(5));
        var notSent = await Assert.ThrowsAnyAsync<Exception>(() => rest.GetChannelAsync(6));
        await app.StartAsync<DiscordGatewayService>();
        capture.Add(refused.ToString());
        capture.Add(notSent.ToString());
        capture.Add(app.Logs.All);

        Assert.Equal(DiscordRestGuard.TokenRejectedLine, app.Get<FatalStop>().Reason);
        Assert.Single(app.Fake.Requests);
        Assert.Empty(app.Fake.Gateway.Connections);
        capture.AssertNone(DiscordAppHarness.Token);
    }

    [Fact]
    public async Task A_gateway_invalid_session_leaves_the_token_out_of_the_logs()
    {
        await using var app = await DiscordAppHarness.StartAsync(DiscordMode.Gateway);
        await app.StartAsync<DiscordGatewayService>();
        await DiscordAppHarness.EventuallyAsync(() => app.Fake.Gateway.Live?.Ready == true, "READY");

        await app.Fake.Gateway.InvalidSessionAsync(resumable: false);
        await DiscordAppHarness.EventuallyAsync(() => app.Fake.Gateway.Live?.Ready == true, "READY again");

        Assert.DoesNotContain(DiscordAppHarness.Token, app.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain(DiscordAppHarness.Token[..12], app.Logs.All, StringComparison.Ordinal);
    }

    private static ServiceProvider LlmServices(FixtureServer server, TempDirectory temp, SecretCapture capture)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DigestBot:Storage:DataDirectory"] = temp.Combine("data"),
            ["DigestBot:Summaries:Provider"] = "OpenAI",
            ["DigestBot:Summaries:Endpoint"] = server.BaseUrl + "/v1",
            ["DigestBot:Summaries:Model"] = "test-model",
            ["DigestBot:Summaries:ApiKey"] = ApiKey,
            ["DigestBot:Summaries:TimeoutSeconds"] = "5",
        }).Build();
        return new ServiceCollection()
            .AddLogging(b => b.AddProvider(capture).SetMinimumLevel(LogLevel.Trace))
            .AddDigestBot(config)
            .BuildWithStorage();
    }
}
