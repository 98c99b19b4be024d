using DigestBot.DiscordBot;
using DigestBot.Papers;
using DigestBot.Tests.Sources;
using DigestBot.Tests.Support;
using static DigestBot.Tests.Support.FixtureServer;

namespace DigestBot.Tests.DiscordBot;

/// <summary>
/// <c>/paper</c> of an arXiv paper the bot does not store: Discord gets the paper's card, fetched from the arXiv API (a
/// loopback server with a recorded answer); an id arXiv does not know, asked a minute later, is one ephemeral line.
/// </summary>
public sealed class PaperFetchEndToEndTests : IAsyncLifetime
{
    private readonly FixtureServer _arxiv = new();
    private DiscordAppHarness _app = null!;

    public async Task InitializeAsync()
    {
        _arxiv.On("/api/query", request => Response.Bytes(Fixtures.Recorded(
            request.Url!.Query.Contains("2104.12255", StringComparison.Ordinal)
                ? "arxiv_api_2026-04_idlist_versioned_2104.12255v1.xml"
                : "arxiv_api_2026-04_zero_results.xml")));
        _app = await DiscordAppHarness.StartAsync(
            DiscordMode.Gateway,
            null,
            ("DigestBot:Sources:FetchMissing", "true"),
            ("DigestBot:Sources:ArxivRequestInterval", "00:00:00"),
            ("DigestBot:Sources:List:api:Type", "ArxivApi"),
            ("DigestBot:Sources:List:api:Categories:0", "cs.LG"),
            ("DigestBot:Sources:List:api:Url", _arxiv.BaseUrl + "/api/query"));
        await _app.ConnectAsync();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _arxiv.Dispose();
    }

    [Fact]
    public async Task A_paper_not_stored_is_fetched_and_shown_and_an_unknown_one_is_an_ephemeral_line()
    {
        var card = await _app.AskAsync(Interactions.Command(9601, "paper", options: [("id", "2104.12255")]));
        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        var unknown = await _app.AskAsync(Interactions.Command(9602, "paper", options: [("id", "2612.99999")]));

        var stored = _app.Get<PaperStore>().Find(PaperId.Parse("2104.12255"))!;
        Assert.Equal("Fetched from arXiv just now (it was not stored here).", card["data"]!["content"]!.GetValue<string>());
        var embed = Assert.Single(card["data"]!["embeds"]!.AsArray())!;
        Assert.Equal(stored.Title, embed["title"]!.GetValue<string>());
        Assert.Equal("https://arxiv.org/abs/2104.12255", embed["url"]!.GetValue<string>());
        Assert.Equal("no paper 2612.99999 here or on arXiv — check the id, or try /search", unknown["data"]!["content"]!.GetValue<string>());
        Assert.Equal(64, unknown["data"]!["flags"]!.GetValue<int>());
        Assert.Equal(2, _arxiv.Requests.Count);
    }
}
