using System.Globalization;
using DigestBot.Citations;
using DigestBot.Commands;
using DigestBot.Papers;
using DigestBot.Tests.Sources;
using DigestBot.Tests.Support;
using static DigestBot.Tests.Support.FixtureServer;

namespace DigestBot.Tests.Papers;

/// <summary>
/// <c>paper</c>, <c>cite</c> and <c>summary</c> on a paper not stored fetch it from its source's API (a loopback
/// server answering with recorded responses), store it and show it; what cannot be had is one line.
/// </summary>
public sealed class MissingPaperFetchTests : IDisposable
{
    private const string ArxivAnswer = "arxiv_api_2026-04_idlist_versioned_2104.12255v1.xml";
    private static readonly DateTimeOffset Now = new(2026, 4, 27, 12, 0, 0, TimeSpan.Zero);
    private static readonly CommandOrigin Member = new(7, 500, 9, CommandOrigin.DiscordTransport);
    private static readonly CommandOrigin OtherMember = new(7, 501, 10, CommandOrigin.DiscordTransport);
    private readonly FixtureServer _server = new();
    private readonly SourcesHarness _bot;

    public MissingPaperFetchTests()
    {
        _bot = Harness(_server.BaseUrl, fetch: true);
    }

    public void Dispose()
    {
        _bot.Dispose();
        _server.Dispose();
    }

    [Fact]
    public async Task Paper_fetches_an_arxiv_paper_not_stored_stores_it_and_says_so_once()
    {
        _server.On("/api/query", Response.Bytes(Fixtures.Recorded(ArxivAnswer)));

        var first = await DispatchAsync("paper", "id", "2104.12255", CommandOrigin.Cli);
        var again = await DispatchAsync("paper", "id", "2104.12255", CommandOrigin.Cli);

        Assert.Equal(ReplyKind.Ok, first.Kind);
        Assert.Equal("Fetched from arXiv just now (it was not stored here).", first.Text);
        Assert.Equal("2104.12255", Assert.IsType<Paper>(first.Data).Id);
        Assert.Null(again.Text);
        Assert.Equal("2104.12255", Assert.IsType<Paper>(again.Data).Id);
        Assert.Equal("?id_list=2104.12255", Assert.Single(_server.Requests).Query);
        Assert.Empty(_bot.Papers.Announcements());
    }

    [Fact]
    public async Task In_discord_the_card_comes_with_the_line_that_it_was_fetched()
    {
        _server.On("/api/query", Response.Bytes(Fixtures.Recorded(ArxivAnswer)));

        var reply = await DispatchAsync("paper", "id", "https://arxiv.org/abs/2104.12255v1", Member);

        var message = Assert.Single(DiscordPayloads.RenderValid(reply));
        Assert.Equal("Fetched from arXiv just now (it was not stored here).", message.Content);
        var paper = _bot.Papers.Find(PaperId.Parse("2104.12255"))!;
        Assert.Equal(paper.Title, Assert.Single(message.Embeds!).Title);
        Assert.Equal("?id_list=2104.12255v1", Assert.Single(_server.Requests).Query);
    }

    [Fact]
    public async Task An_arxiv_id_arxiv_does_not_know_is_one_line_and_stores_nothing()
    {
        _server.On("/api/query", Response.Bytes(Fixtures.Recorded("arxiv_api_2026-04_zero_results.xml")));

        var cli = await DispatchAsync("paper", "id", "2612.99999", CommandOrigin.Cli);
        var discord = await DispatchAsync("paper", "id", "2612.99998", Member);

        Assert.Equal(ReplyKind.Invalid, cli.Kind);
        Assert.Equal("no paper 2612.99999 here or on arXiv — check the id, or try search", cli.Text);
        Assert.Equal("no paper 2612.99998 here or on arXiv — check the id, or try /search", discord.Text);
        Assert.Equal(0, _bot.Papers.Count());
    }

    [Fact]
    public async Task A_source_that_cannot_be_reached_is_named_with_the_reason()
    {
        using var offline = Harness($"http://127.0.0.1:{RawTcpServer.ClosedPort()}", fetch: true);

        var reply = await offline.Get<CommandDispatcher>().DispatchAsync("paper", Options("id", "2104.12255"), CommandOrigin.Cli, CancellationToken.None);

        Assert.Equal(ReplyKind.Invalid, reply.Kind);
        Assert.StartsWith("no paper 2104.12255 here, and arXiv could not be asked: ", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("2104.12255:", reply.Text, StringComparison.Ordinal);
        Assert.Equal(0, offline.Papers.Count());
    }

    [Fact]
    public async Task Cite_fetches_a_doi_from_openalex_beside_a_stored_paper()
    {
        _server.On("/api/query", Response.Bytes(Fixtures.Recorded(ArxivAnswer)));
        _server.On("/works/doi:10.7717/peerj.4375", Response.Bytes(Fixtures.Recorded("openalex_work_2026-02_W2741809807.json")));
        await DispatchAsync("paper", "id", "2104.12255", CommandOrigin.Cli);

        var reply = await DispatchAsync("cite", "paper", "2104.12255 https://doi.org/10.7717/peerj.4375", CommandOrigin.Cli);

        Assert.Equal(ReplyKind.Ok, reply.Kind);
        var entries = Assert.IsType<List<BibTexCitation>>(reply.Data);
        Assert.Equal(2, entries.Count);
        Assert.Contains("doi = {10.7717/peerj.4375}", entries[1].Bibtex, StringComparison.Ordinal);
        Assert.Equal(["/api/query", "/works/doi:10.7717/peerj.4375"], _server.Requests.Select(r => r.Path));
        // BibTeX stays bare on stdout: the fetch is a progress line, not part of the entries.
        Assert.StartsWith("@", DiscordPayloads.RenderConsole(reply).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cite_asks_arxiv_for_its_missing_papers_in_one_request_and_names_the_one_arxiv_lacks()
    {
        _server.On("/api/query", Response.Bytes(Fixtures.Recorded(ArxivAnswer)));

        var reply = await DispatchAsync("cite", "paper", "2104.12255 2612.99999", CommandOrigin.Cli);

        Assert.Equal("no paper 2612.99999 here or on arXiv — check the id, or try search", reply.Text);
        Assert.Equal("?id_list=2104.12255,2612.99999&max_results=2", Assert.Single(_server.Requests).Query);
        Assert.NotNull(_bot.Papers.Find(PaperId.Parse("2104.12255")));
    }

    [Fact]
    public async Task Summary_fetches_a_semantic_scholar_paper()
    {
        _server.On("/graph/v1/paper/204e3073870fae3d05bcbc2f6a8e263d9b72e776", Response.Bytes(Fixtures.Recorded("semantic_scholar_paper_2026-03_ARXIV-1706.03762.json")));

        var reply = await DispatchAsync("summary", "id", "https://www.semanticscholar.org/paper/204e3073870fae3d05bcbc2f6a8e263d9b72e776", CommandOrigin.Cli);

        Assert.Equal(ReplyKind.Ok, reply.Kind);
        using var json = System.Text.Json.JsonDocument.Parse(JsonOutput.Serialize(reply.Data));
        Assert.Equal("1706.03762", json.RootElement.GetProperty("id").GetString());
        Assert.NotNull(_bot.Papers.Find(PaperId.Parse("1706.03762")));
    }

    [Fact]
    public async Task Similar_fetches_a_paper_not_stored_before_looking_for_papers_like_it()
    {
        _server.On("/api/query", Response.Bytes(Fixtures.Recorded(ArxivAnswer)));

        var reply = await DispatchAsync("similar", "id", "2104.12255", CommandOrigin.Cli);

        Assert.Equal(ReplyKind.Ok, reply.Kind);
        Assert.StartsWith("Fetched 2104.12255 from arXiv just now (it was not stored here). ", reply.Text, StringComparison.Ordinal);
        Assert.NotNull(_bot.Papers.Find(PaperId.Parse("2104.12255")));
    }

    [Fact]
    public async Task A_discord_member_fetches_at_most_once_per_cooldown_and_a_member_elsewhere_is_not_held_up()
    {
        _server.On("/api/query", Response.Bytes(Fixtures.Recorded(ArxivAnswer)));

        var first = await DispatchAsync("paper", "id", "2104.12255", Member);
        var tooSoon = await DispatchAsync("paper", "id", "2612.99999", Member);
        var storedMeanwhile = await DispatchAsync("paper", "id", "2104.12255", Member);
        _bot.Clock.Advance(TimeSpan.FromSeconds(6));
        var otherMemberLater = await DispatchAsync("cite", "paper", "2612.99999", OtherMember);

        Assert.Equal(ReplyKind.Ok, first.Kind);
        Assert.Equal(ReplyKind.Invalid, tooSoon.Kind);
        Assert.Equal("no paper 2612.99999 here, and papers not stored are fetched at most every few seconds — try again in 10 s", tooSoon.Text);
        Assert.Equal(ReplyKind.Ok, storedMeanwhile.Kind);
        Assert.Equal("no paper 2612.99999 here or on arXiv — check the id, or try /search", otherMemberLater.Text);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task Search_for_one_id_not_stored_names_the_command_that_fetches_it()
    {
        var cli = await DispatchAsync("search", "query", "2612.99999", CommandOrigin.Cli);
        var discord = await DispatchAsync("search", "query", "https://openalex.org/W2741809807", Member);
        var two = await DispatchAsync("search", "query", "2612.99999 2612.99998", CommandOrigin.Cli);
        var doi = await DispatchAsync("search", "query", "https://doi.org/10.7717/PeerJ.4375", CommandOrigin.Cli);

        Assert.Equal("No paper 2612.99999 is stored here (search reads the stored papers); paper 2612.99999 fetches it from arXiv", cli.Text);
        Assert.Equal(
            "No paper W2741809807 is stored here (search reads the stored papers); /paper W2741809807 fetches it from OpenAlex",
            Assert.Single(DiscordPayloads.RenderValid(discord)).Content);
        Assert.Equal("None of 2612.99999, 2612.99998 is stored here (search reads the stored papers); paper fetches each from arXiv", two.Text);

        // A DOI reads as people write it, not as the store keys it (doi:…).
        Assert.Equal("No paper 10.7717/peerj.4375 is stored here (search reads the stored papers); paper 10.7717/peerj.4375 fetches it from OpenAlex", doi.Text);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Search_for_several_ids_some_not_stored_names_the_command_that_fetches_those()
    {
        _server.On("/api/query", Response.Bytes(Fixtures.Recorded(ArxivAnswer)));
        await DispatchAsync("paper", "id", "2104.12255", CommandOrigin.Cli);

        var cli = await DispatchAsync("search", "query", "2104.12255 2612.99999", CommandOrigin.Cli);
        var discord = await DispatchAsync("search", "query", "2104.12255 2612.99999 10.7717/peerj.4375", Member);

        Assert.StartsWith("1 paper matches 2104.12255 2612.99999 (2612.99999 is not stored here; paper 2612.99999 fetches it from arXiv)", cli.Text, StringComparison.Ordinal);
        Assert.Equal(
            "1 paper matches 2104.12255 2612.99999 10.7717/peerj.4375 (2612.99999, 10.7717/peerj.4375 are not stored here; /paper fetches each from its source); showing 1–1",
            Assert.Single(DiscordPayloads.RenderValid(discord)).Content);
        Assert.Single(_server.Requests);
    }

    [Theory]
    [InlineData("https://example.org/not/stored", "no paper https://example.org/not/stored here — try search")]
    [InlineData("src:feed:abc", "no paper src:feed:abc here — try search")]
    public async Task What_no_paper_api_is_asked_for_is_never_fetched(string id, string message)
    {
        var reply = await DispatchAsync("paper", "id", id, CommandOrigin.Cli);

        Assert.Equal(message, reply.Text);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Turned_off_it_says_the_paper_is_not_stored_and_asks_nothing()
    {
        using var off = Harness(_server.BaseUrl, fetch: false);

        var reply = await off.Get<CommandDispatcher>().DispatchAsync("paper", Options("id", "2104.12255"), CommandOrigin.Cli, CancellationToken.None);

        Assert.Equal("no paper 2104.12255 here — try search, or import 2104.12255 to fetch it from arXiv", reply.Text);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Cite_fetches_at_most_ten_papers_not_stored_at_a_time()
    {
        var ids = string.Join(' ', Enumerable.Range(1, MissingPapers.MaxPerCommand + 1).Select(i => "2612." + (10000 + i).ToString(CultureInfo.InvariantCulture)));

        var reply = await DispatchAsync("cite", "paper", ids, CommandOrigin.Cli);

        Assert.Equal(ReplyKind.Invalid, reply.Kind);
        Assert.EndsWith("here; the bot fetches at most 10 papers it does not store at a time", reply.Text, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    private static SourcesHarness Harness(string baseUrl, bool fetch) => new(
        Now,
        ("DigestBot:Sources:FetchMissing", fetch ? "true" : "false"),
        ("DigestBot:Sources:List:api:Type", "ArxivApi"),
        ("DigestBot:Sources:List:api:Categories:0", "cs.LG"),
        ("DigestBot:Sources:List:api:Url", baseUrl + "/api/query"),
        ("DigestBot:Sources:List:oa:Type", "OpenAlex"),
        ("DigestBot:Sources:List:oa:Query", "attention"),
        ("DigestBot:Sources:List:oa:Url", baseUrl),
        ("DigestBot:Sources:List:s2:Type", "SemanticScholar"),
        ("DigestBot:Sources:List:s2:Query", "attention"),
        ("DigestBot:Sources:List:s2:Url", baseUrl));

    private static Dictionary<string, object> Options(string name, string value) => new() { [name] = value };

    private Task<Reply> DispatchAsync(string command, string option, string value, CommandOrigin origin) =>
        _bot.Get<CommandDispatcher>().DispatchAsync(command, Options(option, value), origin, CancellationToken.None);
}
