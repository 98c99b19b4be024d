using DigestBot.Papers;
using DigestBot.Sources;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Sources;

/// <summary>
/// A feed item without an arXiv id or DOI is keyed by the item (its permalink guid or link, or its in-feed guid with
/// the feed's own identity), never by the file or source name it was read under.
/// </summary>
public sealed class FeedItemIdentityTests : IDisposable
{
    internal const string Bair = "bair_blog_rss_2026-04-20_3_items.xml";
    internal const string Gradient = "the_gradient_rss_2026-04-27_3_items.xml";

    private readonly SourcesHarness _bot = new(Fixtures.SeenAt);
    private readonly TempDirectory _files = new();

    public void Dispose()
    {
        _bot.Dispose();
        _files.Dispose();
    }

    private static IReadOnlyList<Paper> Parse(string file, string source) =>
        [.. FeedParser.Parse(Fixtures.Recorded(file), source, Fixtures.SeenAt).Items.Select(i => i.Paper)];

    [Theory]
    [InlineData(Bair)]
    [InlineData(Gradient)]
    public void The_same_feed_read_under_two_names_gives_the_same_keys(string file)
    {
        var first = Parse(file, SourceNames.Rss("seed"));
        var second = Parse(file, SourceNames.Rss("seed-copy"));

        Assert.Equal(3, first.Count);
        Assert.Equal(first.Select(p => p.Id), second.Select(p => p.Id));
        Assert.All(first, p => Assert.StartsWith("src:feed:", p.Id, StringComparison.Ordinal));
        Assert.Equal(["rss:seed-copy"], second.SelectMany(p => p.Sources).Select(s => s.Source).Distinct());
    }

    [Fact]
    public void A_permalink_guid_names_the_item_on_its_own()
    {
        var paper = Parse(Bair, SourceNames.Rss("bair"))[0];

        Assert.Equal(FeedItemKey.ForLink("http://bair.berkeley.edu/blog/2026/04/20/grasp/")!.Key, paper.Id);
        Assert.Equal(FeedItemKey.ForLink("https://bair.berkeley.edu/blog/2026/04/20/grasp")!.Key, paper.Id);
    }

    [Fact]
    public void A_guid_that_is_not_a_link_is_keyed_with_the_feeds_own_link()
    {
        var paper = Parse(Gradient, SourceNames.Rss("gradient"))[0];

        Assert.Equal("69879dd077c3d76051ac158f", paper.Sources[0].SourceId);
        Assert.Equal(FeedItemKey.For("//thegradient.pub", "69879dd077c3d76051ac158f", null)!.Key, paper.Id);
        Assert.NotEqual(FeedItemKey.For("//another.example", "69879dd077c3d76051ac158f", null)!.Key, paper.Id);
    }

    [Theory]
    [InlineData("https://Example.org:443/a/", "http://example.org/a")]
    [InlineData("http://example.org/a?p=1", "https://EXAMPLE.org/a/?p=1")]
    [InlineData("tag:example.org,2026:post-1", "TAG:example.org,2026:post-1")]
    public void Links_that_differ_only_in_scheme_case_port_or_trailing_slash_are_one_item(string a, string b)
    {
        Assert.Equal(FeedItemKey.ForLink(a), FeedItemKey.ForLink(b));
    }

    [Theory]
    [InlineData("http://example.org/a", "http://example.org/b")]
    [InlineData("http://example.org/a?p=1", "http://example.org/a?p=2")]
    [InlineData("http://example.org/page#one", "http://example.org/page#two")]
    public void Different_links_are_different_items(string a, string b)
    {
        Assert.NotEqual(FeedItemKey.ForLink(a), FeedItemKey.ForLink(b));
    }

    [Theory]
    [InlineData(Bair)]
    [InlineData(Gradient)]
    public async Task Importing_a_feed_file_and_its_copy_under_another_name_stores_each_item_once(string file)
    {
        var copy = _files.Combine("seed-copy.xml");
        File.Copy(Fixtures.RecordedPath(file), copy);

        var first = await Import(Fixtures.RecordedPath(file));
        var second = await Import(copy);

        Assert.Equal(3, first.Counts.New);
        Assert.Equal(0, second.Counts.New);
        Assert.Equal(3, second.Counts.Updated + second.Counts.Unchanged);
        Assert.Equal(3, _bot.Papers.Count());
    }

    [Fact]
    public void An_item_stored_by_an_older_version_under_its_source_name_is_re_keyed_not_stored_again()
    {
        var current = Parse(Gradient, SourceNames.Rss("gradient"));
        var legacy = current.Select(p => p with { Id = p.FormerKeys[0], FormerKeys = [] }).ToList();
        _bot.Papers.UpsertBatch(legacy);
        var before = _bot.Papers.Revision;

        var results = _bot.Papers.UpsertBatch(current);

        Assert.All(results, r => Assert.NotEqual(UpsertOutcome.New, r.Outcome));
        Assert.Equal(3, _bot.Papers.Count());
        Assert.Equal(current.Select(p => p.Id), results.Select(r => r.Paper.Id));
        Assert.All(legacy, l => Assert.Equal(current[legacy.IndexOf(l)].Id, _bot.Papers.Find(PaperId.Parse(l.Id))!.Id));
        Assert.Equal(legacy.Select(l => l.Id).Order(), _bot.Papers.RemovedSince(before).Ids.Order());
    }

    private Task<ImportReport> Import(string path) =>
        _bot.Get<ImportService>().ImportAsync(path, SourceFormat.Auto, notify: false, new Progress<string>(), CancellationToken.None);
}
