using System.Text.RegularExpressions;
using DigestBot.Papers;
using DigestBot.QueryLanguage;
using DigestBot.Search;
using DigestBot.Summaries;
using DigestBot.Tests.Search;
using DigestBot.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace DigestBot.Tests.Summaries;

/// <summary>Topic overviews and digest theme lines on the real papers (the recorded fixtures and the daily papers page).</summary>
public sealed class TopicOverviewTests(RealCorpus corpus) : IClassFixture<RealCorpus>
{
    private static readonly string[] NormalizationPapers = ["Mix-LN: Unleashing", "The Curse of Depth", "Evolving Normalization-Activation Layers"];
    private static readonly string[] KvCachePapers = ["D2O:", "MiniCache:"];

    private static readonly string[] PruningPapers =
    [
        "Efficient Joint Optimization of Layer-Adaptive Weight Pruning", "Pruning Deep Neural Networks from a Sparsity Perspective",
        "Pruning by Explaining", "Performance-aware Approximation of Global Channel Pruning", "When Layers Play the Lottery",
    ];

    private TopicOverview Topics
    {
        get
        {
            var search = corpus.Harness.Get<SearchService>();
            return new TopicOverview(search, corpus.Harness.Papers, new KeyPhrases(search), NullLogger<TopicOverview>.Instance);
        }
    }

    [Fact]
    public void The_normalization_the_kv_cache_and_the_pruning_papers_land_in_separate_themes()
    {
        var overview = Topics.Overview(SearchQuery.Parse("normalization OR pruning OR \"KV cache\""), since: null);

        var normalization = ThemeOf(overview, NormalizationPapers);
        var kvCache = ThemeOf(overview, KvCachePapers);
        var pruning = ThemeOf(overview, PruningPapers);
        Assert.Equal(3, new[] { normalization, kvCache, pruning }.Distinct().Count());
        Assert.Equal("normalization", normalization.Label);
        Assert.Equal("KV cache", kvCache.Label);
        Assert.Equal("pruning", pruning.Label);
        Assert.Equal(PruningPapers.Length, pruning.Count);
        Assert.DoesNotContain(normalization.Papers.Concat(kvCache.Papers), p => p.Title.Contains("Pruning", StringComparison.Ordinal));
    }

    [Fact]
    public void Among_language_model_papers_the_layer_normalization_and_kv_cache_papers_are_separate_themes()
    {
        var overview = Topics.Overview(SearchQuery.Parse("\"language models\""), since: null);

        var normalization = ThemeOf(overview, NormalizationPapers[..2]);
        var kvCache = ThemeOf(overview, KvCachePapers);
        Assert.NotSame(normalization, kvCache);
        Assert.Equal("Pre-LN", normalization.Label);
        Assert.Equal("KV cache", kvCache.Label);
    }

    [Theory]
    [InlineData("normalization OR pruning OR \"KV cache\"")]
    [InlineData("\"language models\"")]
    [InlineData("cat:cs.LG")]
    public void Themes_are_disjoint_counted_and_represented_by_one_of_their_papers(string query)
    {
        var overview = Topics.Overview(SearchQuery.Parse(query), since: null);

        Assert.InRange(overview.Themes.Count, 1, TopicOverview.MaxThemes);
        Assert.Equal(overview.Matching, overview.Considered);
        var themed = overview.Themes.SelectMany(t => t.Papers.Select(p => p.Id)).ToList();
        Assert.Equal(themed.Count, themed.Distinct().Count());
        Assert.Equal(overview.Considered - themed.Count, overview.Unthemed);
        Assert.All(overview.Themes, t => Assert.True(t.Count >= 2 && t.Papers.Contains(t.Representative)));
        Assert.Equal(overview.Themes.Select(t => t.Count).OrderDescending(), overview.Themes.Select(t => t.Count));
    }

    [Fact]
    public void Since_keeps_older_papers_out_of_the_window()
    {
        var since = SearchHarness.Now.AddDays(-30);

        var overview = Topics.Overview(SearchQuery.Parse("normalization OR pruning OR \"KV cache\""), since);

        // Every hit of the window counts but those the index found only by a stem ("Normal" for "normalization").
        var hits = corpus.Harness.Search("normalization OR pruning OR \"KV cache\"", since: since).Hits;
        var onTopic = hits.Select(h => corpus.Harness.Papers.Find(PaperId.Parse(h.Id))!)
            .Count(p => Regex.IsMatch(p.Title + " " + p.Abstract, "(?i)normaliz|prun|kv[ -]cache"));
        Assert.InRange(onTopic, 1, hits.Count - 1);
        Assert.Equal(onTopic, overview.Matching);
        Assert.All(overview.Themes.SelectMany(t => t.Papers), p => Assert.True((p.Published ?? p.FirstSeen) >= since, p.Title));
        Assert.Contains(overview.Themes, t => t.Papers.Any(p => p.Title.StartsWith("Mix-LN", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_digest_is_headed_by_the_themes_its_papers_share()
    {
        var papers = Papers("Mix-LN: Unleashing", "D2O:", "Grad-CAM", "The Curse of Depth", "MiniCache:", "Hopfield Networks");

        Assert.Equal("themes today: Pre-LN, KV cache", Topics.ThemeLine(papers));
        Assert.Equal("themes this week: Pre-LN, KV cache", Topics.ThemeLine(papers, "themes this week"));
    }

    [Fact]
    public void The_theme_line_works_where_digests_are_composed_even_on_a_new_small_index()
    {
        using var digests = new DigestsHarness(SearchHarness.Now);
        var papers = Papers("Mix-LN: Unleashing", "D2O:", "The Curse of Depth", "MiniCache:");
        digests.Get<PaperStore>().UpsertBatch(papers);

        Assert.Equal("themes today: KV cache, Pre-LN", digests.Get<TopicOverview>().ThemeLine(papers));
    }

    [Fact]
    public void A_digest_whose_papers_share_nothing_has_no_theme_line()
    {
        Assert.Null(Topics.ThemeLine(Papers("Conditions for radiative zones", "Skin disease diagnosis", "Weakly Supervised Deep Recurrent")));
        Assert.Null(Topics.ThemeLine(Papers("Mix-LN: Unleashing")));
        Assert.Null(Topics.ThemeLine([]));
    }

    private static Theme ThemeOf(TopicOverviewResult overview, IReadOnlyList<string> titles)
    {
        var themes = titles.Select(t => overview.Themes.SingleOrDefault(theme => theme.Papers.Any(p => p.Title.StartsWith(t, StringComparison.Ordinal)))).ToList();
        Assert.All(themes, t => Assert.NotNull(t));
        Assert.Single(themes.Distinct());
        return themes[0]!;
    }

    private List<Paper> Papers(params string[] titles) =>
        [.. titles.Select(t => DailyPapersPage.TitlesAndAbstracts.Select((e, i) => (e.Title, i)).Single(e => e.Title.StartsWith(t, StringComparison.Ordinal)).i)
            .Select(i => corpus.Harness.Papers.Find(PaperId.Parse(DailyPapersPage.Id(i)))!)];
}
