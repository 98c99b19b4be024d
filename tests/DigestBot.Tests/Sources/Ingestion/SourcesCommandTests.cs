using System.Text.Json;
using DigestBot.Commands;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Sources.Ingestion;

/// <summary><c>sources</c> says what each source polls (categories, the feed's address, the query), never a feed's key.</summary>
public sealed class SourcesCommandTests : IDisposable
{
    private static readonly CommandOrigin Discord = new(7, 500, 9, "discord");
    private readonly DigestsHarness _app = new(
        new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero),
        ("DigestBot:Sources:List:arxiv:Type", "ArxivListing"),
        ("DigestBot:Sources:List:arxiv:Categories:0", "cs.LG"),
        ("DigestBot:Sources:List:arxiv:Categories:1", "cs.CL"),
        ("DigestBot:Sources:List:journal:Type", "Feed"),
        ("DigestBot:Sources:List:journal:Url", "https://reader:hunter2@journals.example.org:8443/rss/ml?token=s3cr3t-feed-key"),
        ("DigestBot:Sources:List:journal:Schedule", "0 15 0/4 * * ?"),
        ("DigestBot:Sources:List:openalex:Type", "OpenAlex"),
        ("DigestBot:Sources:List:openalex:Query", "graph neural networks"),
        ("DigestBot:Sources:List:openalex:ApiKey", "oa-k3y-never-shown"));

    public void Dispose() => _app.Dispose();

    private Task<Reply> SourcesAsync(CommandOrigin origin) =>
        _app.Get<CommandDispatcher>().DispatchAsync("sources", new Dictionary<string, object>(), origin, CancellationToken.None);

    [Fact]
    public async Task Each_card_in_Discord_says_what_its_source_polls_and_no_secret_reaches_the_payload()
    {
        var reply = await SourcesAsync(Discord);

        var message = Assert.Single(DiscordPayloads.RenderValid(reply));
        string Polls(string title) => message.Embeds!.Single(e => e.Title!.StartsWith(title, StringComparison.Ordinal)).Fields!.Single(f => f.Name == "Polls").Value;
        Assert.Equal("arXiv listing of cs.LG, cs.CL", Polls("arxiv "));
        Assert.Equal("feed https://journals.example.org:8443/rss/ml?…", Polls("journal "));
        Assert.Equal("OpenAlex works matching \"graph neural networks\"", Polls("openalex "));
        var payload = JsonSerializer.Serialize(message);
        Assert.DoesNotContain("s3cr3t", payload, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", payload, StringComparison.Ordinal);
        Assert.DoesNotContain("oa-k3y", payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_schedule_reads_in_words_when_it_can_and_each_card_says_when_its_source_is_next_polled()
    {
        // Saturday 2026-11-28 12:00 UTC: arXiv's listing is next read on Monday at 06:00 in New York, 11:00 UTC.
        var reply = await SourcesAsync(Discord);

        var message = Assert.Single(DiscordPayloads.RenderValid(reply));
        string Field(string title, string name) => message.Embeds!.Single(e => e.Title!.StartsWith(title, StringComparison.Ordinal)).Fields!.Single(f => f.Name == name).Value;
        Assert.Equal("weekdays 06\\:00 (America/New\\_York)", Field("arxiv ", "Schedule"));
        Assert.Equal("2026-11-30 11\\:00 UTC", Field("arxiv ", "Next poll"));
        Assert.Equal("every 4 hours at \\:15 (UTC)", Field("journal ", "Schedule"));
        Assert.Equal("2026-11-28 12\\:15 UTC", Field("journal ", "Next poll"));
    }

    [Fact]
    public async Task Json_gives_categories_query_and_the_address_without_its_keys()
    {
        var reply = await SourcesAsync(CommandOrigin.Cli);

        var json = JsonOutput.Serialize(reply.Data);
        using var document = JsonDocument.Parse(json);
        var sources = document.RootElement.EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!);
        Assert.Equal(["cs.LG", "cs.CL"], sources["arxiv"].GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("https://journals.example.org:8443/rss/ml?…", sources["journal"].GetProperty("url").GetString());
        Assert.Equal("graph neural networks", sources["openalex"].GetProperty("query").GetString());
        Assert.Equal(JsonValueKind.Null, sources["arxiv"].GetProperty("url").ValueKind);
        Assert.DoesNotContain("s3cr3t", json, StringComparison.Ordinal);
        Assert.DoesNotContain("oa-k3y", json, StringComparison.Ordinal);
        Assert.False(sources["arxiv"].TryGetProperty("polls", out _));
    }
}
