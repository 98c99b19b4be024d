using System.Net;
using System.Net.Sockets;
using DigestBot.DiscordBot;
using DigestBot.Papers;
using DigestBot.Tests.Search;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.DiscordBot;

/// <summary>
/// <c>/summary paper llm:true</c> when the configured LLM server does not answer: the Discord user, who sees no log, is
/// told why under the summary shown instead, without the server's address or the key.
/// </summary>
public sealed class LlmSummaryEndToEndTests : IAsyncLifetime
{
    private const string Key = "sk-e2e-SECRET-0815";
    private DiscordAppHarness _app = null!;
    private int _port;

    public async Task InitializeAsync()
    {
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            _port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        _app = await DiscordAppHarness.StartAsync(
            DiscordMode.Gateway,
            null,
            ("DigestBot:Summaries:Provider", "OpenAI"),
            ("DigestBot:Summaries:Model", "llama3.1:8b"),
            ("DigestBot:Summaries:Endpoint", $"http://127.0.0.1:{_port}/v1"),
            ("DigestBot:Summaries:ApiKey", Key));
        _app.Get<PaperStore>().UpsertBatch(DailyPapersPage.Papers(_app.Clock.GetUtcNow()));
        await _app.ConnectAsync();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task An_llm_server_that_cannot_be_reached_is_named_in_the_footer_of_the_summary_shown_instead()
    {
        var answer = await _app.AskAsync(Interactions.Command(9501, "summary", "paper", options: [("id", DailyPapersPage.Id(0)), ("llm", true)]));

        var embed = Assert.Single(answer["data"]!["embeds"]!.AsArray())!;
        Assert.Equal("TL;DR (extract)", embed["fields"]![0]!["name"]!.GetValue<string>());
        Assert.Equal(
            "The LLM server could not be reached (DigestBot:Summaries:Endpoint); showing the offline extract.",
            embed["footer"]!["text"]!.GetValue<string>());
        var json = answer.ToJsonString();
        Assert.DoesNotContain(_port.ToString(System.Globalization.CultureInfo.InvariantCulture), json, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, json, StringComparison.Ordinal);
    }
}
