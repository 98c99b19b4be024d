using System.Text.Json;
using DigestBot.Commands;
using DigestBot.Local;
using DigestBot.Papers;
using DigestBot.Search;
using DigestBot.Storage;
using DigestBot.Summaries;
using DigestBot.Tests.Search;
using DigestBot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Tests.Summaries;

/// <summary><c>summary ID</c> and <c>summary --topic</c> through the command pipeline, on the real daily papers page.</summary>
public sealed class SummaryCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly ServiceProvider _services;

    public SummaryCommandTests()
    {
        var config = new Dictionary<string, string?> { ["DigestBot:Storage:DataDirectory"] = _temp.Combine("data") };
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(config).Build())
            .AddLogging()
            .AddSingleton<TimeProvider>(new FakeTimeProvider(SearchHarness.Now));
        services.AddStorage().AddCommands().AddPapers().AddSearch().AddSummaries();
        _services = services.BuildServiceProvider();
        _services.GetRequiredService<PaperStore>().UpsertBatch(DailyPapersPage.Papers(SearchHarness.Now));
    }

    public void Dispose()
    {
        _services.Dispose();
        _temp.Dispose();
    }

    [Theory]
    [InlineData("summary: give a paper ID, or --topic QUERY for the themes of a topic")]
    [InlineData("summary: give a paper ID or --topic QUERY, not both", "id", "2501.90000", "topic", "pruning")]
    [InlineData("summary: --llm summarises one paper; leave it out with --topic", "topic", "pruning", "llm", true)]
    [InlineData("summary: --since goes with --topic", "id", "2501.90000", "since", "7d")]
    [InlineData("--since must be 7d, 2w, 6m, 1y or YYYY-MM-DD (got 'last week')", "topic", "pruning", "since", "last week")]
    [InlineData("summary --topic: unbalanced quotes", "topic", "\"KV cache")]
    [InlineData("summary --topic: empty query: say what to search for", "topic", "  ")]
    public async Task Bad_input_is_refused_with_one_line(string message, params object[] options)
    {
        var reply = await DispatchAsync(options);

        Assert.Equal(ReplyKind.Invalid, reply.Kind);
        Assert.StartsWith(message, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_topic_overview_names_each_theme_with_its_count_and_most_representative_paper()
    {
        var reply = await DispatchAsync("topic", "normalization OR pruning OR \"KV cache\"");

        Assert.Equal(ReplyKind.Ok, reply.Kind);
        Assert.Matches(@"^\d themes among \d+ papers matching normalization OR pruning OR ""KV cache""; \d+ papers? fits? none:$", reply.Text);
        var pruning = reply.Cards.Single(c => c.Title == "pruning · 5 papers");
        Assert.StartsWith("**", pruning.Description, StringComparison.Ordinal);
        Assert.Contains("Also", pruning.Fields.Select(f => f.Name));
        Assert.StartsWith("most representative: 2501.9", pruning.Footer, StringComparison.Ordinal);
        Assert.True(reply.Cards.Any(c => c.Title == "KV cache · 2 papers"), string.Join(" | ", reply.Cards.Select(c => c.Title + ": " + c.Footer + " " + c.Fields.FirstOrDefault()?.Value)));

        using var json = JsonDocument.Parse(JsonOutput.Serialize(reply.Data));
        Assert.Equal(["query", "since", "matching", "considered", "unthemed", "themes"], json.RootElement.EnumerateObject().Select(p => p.Name));
        var theme = json.RootElement.GetProperty("themes")[0];
        Assert.Equal(["label", "count", "representative", "papers"], theme.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["id", "title", "url"], theme.GetProperty("representative").EnumerateObject().Select(p => p.Name));
        Assert.Equal(theme.GetProperty("count").GetInt32(), theme.GetProperty("papers").GetArrayLength());
    }

    [Fact]
    public async Task Since_narrows_the_topic_window_and_says_so()
    {
        var reply = await DispatchAsync("topic", "normalization OR pruning OR \"KV cache\"", "since", "30d");

        Assert.Contains(" published since 2024-12-11 matching ", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(reply.Cards, c => c.Title.StartsWith("pruning", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_topic_nothing_matches_says_so()
    {
        var reply = await DispatchAsync("topic", "zebra");

        Assert.Equal(ReplyKind.Ok, reply.Kind);
        Assert.Equal("No papers match zebra", reply.Text);
        Assert.Empty(reply.Cards);
    }

    [Fact]
    public async Task A_paper_summary_lists_its_key_phrases()
    {
        var reply = await DispatchAsync("id", DailyPapersPage.Id(0));

        var card = Assert.Single(reply.Cards);
        Assert.Equal("TL;DR (extract)", card.Fields[0].Name);
        var phrases = card.Fields.Single(f => f.Name == "Key phrases").Value.Split(" · ");
        Assert.Contains("Pre-LN", phrases);
        using var json = JsonDocument.Parse(JsonOutput.Serialize(reply.Data));
        Assert.Equal(phrases, json.RootElement.GetProperty("keyPhrases").EnumerateArray().Select(p => p.GetString()));
    }

    private Task<Reply> DispatchAsync(params object[] options)
    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        for (var i = 0; i < options.Length; i += 2)
        {
            values[(string)options[i]] = options[i + 1];
        }

        return _services.GetRequiredService<CommandDispatcher>().DispatchAsync("summary", values, CommandOrigin.Cli, CancellationToken.None);
    }
}
