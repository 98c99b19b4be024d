using System.Net;
using System.Text.Json;
using DigestBot.Papers;
using DigestBot.Storage;
using DigestBot.Summaries;
using DigestBot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static DigestBot.Tests.Support.FixtureServer;

namespace DigestBot.Tests.Summaries;

/// <summary>The LLM path against a stub OpenAI-compatible server on loopback.</summary>
public sealed class LlmSummaryTests : IDisposable
{
    private const string Route = "/v1/chat/completions";
    private const string Key = "sk-test-SECRET-4711";
    private const string Good = "The paper finds that Pre-LN starves deep layers of gradient. It proposes Mix-LN, which mixes Post-LN and Pre-LN. Models from 70M to 7B train better.";
    private readonly FixtureServer _server = new();
    private readonly TempDirectory _temp = new();
    private ServiceProvider? _services;

    public void Dispose()
    {
        _services?.Dispose();
        _server.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public async Task A_good_answer_is_used_labelled_with_the_model_and_cached_so_the_model_is_asked_once()
    {
        _server.On(Route, Completion(Good));
        var summaries = Services().GetRequiredService<SummaryService>();

        var first = await summaries.SummarizeAsync(Paper(), useLlm: true, CancellationToken.None);
        var second = await summaries.SummarizeAsync(Paper(), useLlm: true, CancellationToken.None);

        Assert.Equal(new Tldr(Good, TldrKind.Llm, "test-model"), first);
        Assert.Equal(first, second);
        Assert.Single(_server.Requests);
        Assert.Equal(first, summaries.Offline(Paper()));
    }

    [Theory]
    [InlineData("slow", "the LLM did not answer within 1 s (DigestBot:Summaries:Timeout)")]
    [InlineData("http-500", "the LLM server answered HTTP 500")]
    [InlineData("http-401", "the LLM server refused the request (HTTP 401: check DigestBot:Summaries:ApiKey)")]
    [InlineData("http-404", "the LLM server answered HTTP 404 (check DigestBot:Summaries:Model and Endpoint)")]
    [InlineData("refusal", "the LLM's answer was not usable (refusal or boilerplate)")]
    [InlineData("empty", "the LLM's answer was not usable (empty answer)")]
    [InlineData("overlong", "the LLM's answer was not usable (1489 characters, over 600)")]
    public async Task Any_failure_falls_back_to_the_extract_saying_why(string failure, string why)
    {
        _server.On(Route, failure switch
        {
            "slow" => _ => { Thread.Sleep(2500); return Completion(Good); },
            "http-500" => _ => Response.Text(HttpStatusCode.InternalServerError, "{\"error\":{\"message\":\"boom\"}}"),
            "http-401" => _ => Response.Text(HttpStatusCode.Unauthorized, $"{{\"error\":{{\"message\":\"Incorrect API key provided: {Key}\"}}}}"),
            "http-404" => _ => Response.Text(HttpStatusCode.NotFound, "{\"error\":{\"message\":\"model \\\"test-model\\\" not found, try pulling it first\"}}"),
            "refusal" => _ => Completion("I'm sorry, but I can't help with summarising this paper."),
            "empty" => _ => Completion("   "),
            _ => _ => Completion(string.Join(' ', Enumerable.Repeat(Good, 10))),
        });
        // Only the slow case needs the limit to bite; elsewhere a generous limit keeps a loaded machine from flaking.
        var summaries = Services(timeoutSeconds: failure == "slow" ? 1 : 30).GetRequiredService<SummaryService>();

        var tldr = await summaries.SummarizeAsync(Paper(), useLlm: true, CancellationToken.None);

        Assert.Equal(TldrKind.Extractive, tldr.Kind);
        Assert.Contains("We propose Mix-LN", tldr.Text, StringComparison.Ordinal);
        Assert.Equal(why, tldr.LlmFailure);
        Assert.Equal(TldrKind.Extractive, summaries.Offline(Paper()).Kind);
    }

    [Fact]
    public async Task A_server_that_cannot_be_reached_is_said_so_without_its_address()
    {
        var closed = ClosedPort();
        var summaries = Services(endpoint: $"http://127.0.0.1:{closed}/v1").GetRequiredService<SummaryService>();

        var tldr = await summaries.SummarizeAsync(Paper(), useLlm: true, CancellationToken.None);

        Assert.Equal(TldrKind.Extractive, tldr.Kind);
        Assert.Equal("the LLM server could not be reached (DigestBot:Summaries:Endpoint)", tldr.LlmFailure);
    }

    [Fact]
    public async Task A_spent_budget_and_no_llm_configured_say_so_and_a_summary_not_asked_for_says_nothing()
    {
        _server.On(Route, Completion(Good));
        var summaries = Services(maxCallsPerDay: 0).GetRequiredService<SummaryService>();

        Assert.Equal("today's 0 LLM calls are spent (DigestBot:Summaries:MaxCallsPerDay)", (await summaries.SummarizeAsync(Paper(), useLlm: true, CancellationToken.None)).LlmFailure);
        Assert.Null((await summaries.SummarizeAsync(Paper(), useLlm: false, CancellationToken.None)).LlmFailure);
        Assert.Empty(_server.Requests);
        _services!.Dispose();
        var offline = TestApp.Services(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DigestBot:Storage:DataDirectory"] = _temp.Combine("offline"),
        }).Build()).BuildWithStorage();
        _services = offline;
        var none = await offline.GetRequiredService<SummaryService>().SummarizeAsync(Paper(), useLlm: true, CancellationToken.None);
        Assert.Equal("no LLM is configured (DigestBot:Summaries:Provider)", none.LlmFailure);
    }

    /// <summary>A loopback port nothing listens on (taken, then released).</summary>
    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Fact]
    public async Task A_spent_daily_budget_falls_back_without_calling_the_model()
    {
        _server.On(Route, Completion(Good));
        var summaries = Services(maxCallsPerDay: 1).GetRequiredService<SummaryService>();

        await summaries.SummarizeAsync(Paper("2412.00001"), useLlm: true, CancellationToken.None);
        var second = await summaries.SummarizeAsync(Paper("2412.00002"), useLlm: true, CancellationToken.None);

        Assert.Equal(TldrKind.Extractive, second.Kind);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Without_llm_the_hugging_face_summary_is_preferred_over_the_extract()
    {
        var summaries = Services().GetRequiredService<SummaryService>();
        var paper = Paper() with { HuggingFace = new HuggingFaceInfo { AiSummary = "Mix-LN fixes deep layers." } };

        var tldr = await summaries.SummarizeAsync(paper, useLlm: false, CancellationToken.None);

        Assert.Equal(new Tldr("Mix-LN fixes deep layers.", TldrKind.HuggingFace), tldr);
        Assert.Empty(_server.Requests);
    }

    private static Paper Paper(string id = "2412.13795") => new()
    {
        Id = id,
        Title = "Mix-LN: Unleashing the Power of Deeper Layers by Combining Pre-LN and Post-LN",
        Abstract = "Large language models are widely used. Their deeper layers are often redundant. "
            + "We propose Mix-LN, a normalization that combines Pre-LN and Post-LN to keep gradients healthy in deep layers. "
            + "Experiments cover models from 70M to 7B parameters.",
    };

    private static Response Completion(string content) => new(
        HttpStatusCode.OK,
        JsonSerializer.SerializeToUtf8Bytes(new
        {
            id = "chatcmpl-test",
            @object = "chat.completion",
            created = 1_700_000_000,
            model = "test-model",
            choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
            usage = new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 },
        }),
        new Dictionary<string, string> { ["Content-Type"] = "application/json" });

    private ServiceProvider Services(int maxCallsPerDay = 10, int timeoutSeconds = 30, string? endpoint = null)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DigestBot:Storage:DataDirectory"] = _temp.Combine("data"),
            ["DigestBot:Summaries:Provider"] = "OpenAI",
            ["DigestBot:Summaries:Endpoint"] = endpoint ?? _server.BaseUrl + "/v1",
            ["DigestBot:Summaries:ApiKey"] = Key,
            ["DigestBot:Summaries:Model"] = "test-model",
            ["DigestBot:Summaries:TimeoutSeconds"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["DigestBot:Summaries:MaxCallsPerDay"] = maxCallsPerDay.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        _services = TestApp.Services(config).BuildWithStorage();
        return _services;
    }
}
