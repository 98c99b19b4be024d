using DigestBot.Papers;
using DigestBot.QueryLanguage;
using DigestBot.Search;
using DigestBot.Sources;
using DigestBot.Tests.Search;
using DigestBot.Tests.Sources;
using DigestBot.Watches;
using Lucene.Net.Index.Memory;

namespace DigestBot.Tests.Digests;

/// <summary>
/// Percolation decides watches from term numbers and positions instead of an index; these tests hold it to the
/// index's answer (a one-paper MemoryIndex running the same Lucene query) on recorded and real papers.
/// </summary>
public class WatchMatcherAgreementTests
{
    internal static readonly string[] Queries =
    [
        "attention", "ti:attention", "\"large language models\"", "language -model", "cat:cs.CL AND transformer",
        "au:vaswani", "(graph OR quantum) AND NOT survey", "ti:\"neural network\" OR abs:diffusion", "model ANDNOT attention",
        "learn*", "cat:cs.*", "id:1706.03762", "model AND (vision OR speech) -survey", "all:attention",
        "\"state of the art\"", "\"normalization layer\"", "\"language models\" -\"large language models\"", "reason* AND benchmark",
        "au:\"ashish vaswani\"", "au:\"vaswani noam\"", "(a OR b) AND (c OR d)", "transformers",
        "ti:\"large language\" AND (agent OR agents)", "cat:cs.LG", "\"reinforcement learning\" OR \"reward model\"",
        "video AND NOT (diffusion OR generation)", "all:\"language model\"", "\"model\"",
    ];

    public static IReadOnlyList<Paper> Papers { get; } =
    [
        .. ArxivApiParser.Parse(Fixtures.Recorded("arxiv_api_2026-04_search_all-testing_10_entries.xml"), Fixtures.SeenAt).Items
            .Concat(SemanticScholarParser.Parse(Fixtures.Recorded("semantic_scholar_paper_search_2026-03_attention_mechanism_5.json"), Fixtures.SeenAt).Items)
            .Select(i => i.Paper),
        .. DailyPapersPage.Papers(Fixtures.SeenAt),
    ];

    [Fact]
    public void Every_watch_matches_exactly_the_papers_the_index_finds()
    {
        var watches = Queries.Select((q, i) => new Watch { Id = i + 1, ChannelId = 1, Name = $"w{i}", Query = q }).ToList();
        var matched = new WatchMatcher().Match(Papers, watches).Select(m => (m.Paper.Id, m.Watch.Query)).ToHashSet();

        var expected = new HashSet<(string, string)>();
        foreach (var paper in Papers)
        {
            var memory = new MemoryIndex();
            PaperMemory.Fill(memory, paper);
            foreach (var text in Queries)
            {
                if (memory.Search(LuceneQueries.Build(SearchQuery.Parse(text))) > 0)
                {
                    expected.Add((paper.Id, text));
                }
            }
        }

        Assert.Empty(expected.Except(matched));
        Assert.Empty(matched.Except(expected));

        // Meaningful only if most queries match some papers and miss others.
        var queriesThatDiscriminate = Queries.Count(q => expected.Any(e => e.Item2 == q) && expected.Count(e => e.Item2 == q) < Papers.Count);
        Assert.True(queriesThatDiscriminate >= Queries.Length * 2 / 3, $"only {queriesThatDiscriminate} queries discriminate");
    }

    [Fact]
    public void The_prefilter_never_changes_the_answer()
    {
        var watches = Queries.Select((q, i) => new Watch { Id = i + 1, ChannelId = 1, Name = $"w{i}", Query = q }).ToList();
        var matcher = new WatchMatcher();
        var filtered = matcher.Match(Papers, watches).Select(m => (m.Paper.Id, m.Watch.Id, string.Join("|", m.Terms))).ToHashSet();
        var brute = matcher.Match(Papers, watches, prefilter: false).Select(m => (m.Paper.Id, m.Watch.Id, string.Join("|", m.Terms))).ToHashSet();

        Assert.Empty(filtered.Except(brute));
        Assert.Empty(brute.Except(filtered));
        Assert.NotEmpty(filtered);
    }

    [Fact]
    public void A_phrase_does_not_span_two_authors_and_the_explanation_lists_the_leaves_that_hit()
    {
        var paper = Papers[0] with { Id = "2501.00001", Authors = [new Author("Ada Lovelace"), new Author("Charles Babbage")] };
        var watches = new List<Watch>
        {
            new() { Id = 1, ChannelId = 1, Name = "span", Query = "au:\"lovelace charles\"" },
            new() { Id = 2, ChannelId = 1, Name = "both", Query = "au:lovelace AND (au:babbage OR au:turing)" },
        };

        var match = Assert.Single(new WatchMatcher().Match([paper], watches));
        Assert.Equal("both", match.Watch.Name);
        Assert.Equal(["au:lovelace", "au:babbage"], match.Terms);
    }
}
