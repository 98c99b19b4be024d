using System.Text.Json;
using DigestBot.Citations;
using DigestBot.Commands;
using DigestBot.Papers;
using DigestBot.Search;
using DigestBot.Semantic;
using DigestBot.Sources;
using DigestBot.Storage;
using DigestBot.Summaries;
using DigestBot.Tests.Sources;
using DigestBot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Tests.Papers;

/// <summary>
/// Every id or link a researcher pastes or the bot prints finds its paper in <c>paper</c>, <c>cite</c> and
/// <c>summary</c>. The store holds real recordings: arXiv API entries, Hugging Face daily papers, Semantic Scholar
/// search results, an OpenAlex work, and the BAIR and The Gradient blog feeds.
/// </summary>
public sealed class PaperReferenceResolutionTests : IDisposable
{
    private const string Gradient = "https://thegradient.pub/virtue-ethics-ai-alignment/";
    private readonly TempDirectory _temp = new();
    private readonly ServiceProvider _services;

    public PaperReferenceResolutionTests()
    {
        var config = new Dictionary<string, string?> { ["DigestBot:Storage:DataDirectory"] = _temp.Combine("data") };
        _services = TestApp.Services(config, o => o.Use<TimeProvider>(new FakeTimeProvider(Fixtures.SeenAt))).BuildWithStorage();
        var seen = Fixtures.SeenAt;
        _services.GetRequiredService<PaperStore>().UpsertBatch(
        [
            .. ArxivApiParser.Parse(Fixtures.Recorded("arxiv_api_2026-04_search_all-testing_10_entries.xml"), seen).Items.Select(i => i.Paper),
            .. ArxivApiParser.Parse(Fixtures.Recorded("arxiv_api_2016_classic_search_au-del_maestro_10_entries.xml"), seen).Items.Select(i => i.Paper),
            .. HfDailyPapersParser.Parse(Fixtures.Recorded("hf_daily_papers_2026-06-12_latest_limit30.json"), seen).Items.Select(i => i.Paper),
            .. SemanticScholarParser.Parse(Fixtures.Recorded("semantic_scholar_paper_search_2026-03_attention_mechanism_5.json"), seen).Items.Select(i => i.Paper),
            .. OpenAlexParser.Parse(Fixtures.Recorded("openalex_work_2026-02_W2741809807.json"), seen).Items.Select(i => i.Paper),
            .. FeedParser.Parse(Fixtures.Recorded(FeedItemIdentityTests.Bair), SourceNames.Rss("bair"), seen).Items.Select(i => i.Paper),
            .. FeedParser.Parse(Fixtures.Recorded(FeedItemIdentityTests.Gradient), SourceNames.Rss("gradient"), seen).Items.Select(i => i.Paper),
        ]);
    }

    public void Dispose()
    {
        _services.Dispose();
        _temp.Dispose();
    }

    public static TheoryData<string, string> Forms() => new()
    {
        // arXiv ids and links, with and without the version the bot or arXiv shows.
        { "2204.08348", "2204.08348" },
        { "2204.08348v3", "2204.08348" },
        { "arXiv:2204.08348v3", "2204.08348" },
        { "https://arxiv.org/abs/2204.08348v3", "2204.08348" },
        { "https://arxiv.org/abs/2204.08348", "2204.08348" },
        { "http://arxiv.org/abs/2204.08348v3", "2204.08348" },
        { "https://arxiv.org/pdf/2204.08348v3", "2204.08348" },
        { "https://arxiv.org/pdf/2204.08348v3.pdf", "2204.08348" },
        { "https://arxiv.org/html/2204.08348v3", "2204.08348" },
        { "https://export.arxiv.org/abs/2204.08348", "2204.08348" },
        { "https://arxiv.org/abs/2204.08348v3?context=cs", "2204.08348" },
        { "cond-mat/0412498v1", "cond-mat/0412498" },
        { "https://arxiv.org/abs/cond-mat/0412498", "cond-mat/0412498" },

        // DOIs, bare and as links (OpenAlex's work, keyed by its DOI).
        { "10.7717/peerj.4375", "doi:10.7717/peerj.4375" },
        { "doi:10.7717/PeerJ.4375", "doi:10.7717/peerj.4375" },
        { "https://doi.org/10.7717/peerj.4375", "doi:10.7717/peerj.4375" },
        { "http://dx.doi.org/10.7717/peerj.4375", "doi:10.7717/peerj.4375" },
        { "https://doi.org/10.7717%2Fpeerj.4375", "doi:10.7717/peerj.4375" },
        { "https://doi.org/10.1109/TPAMI.2016.2577031", "1506.01497" },

        // Hugging Face paper pages.
        { "https://huggingface.co/papers/2606.00467", "2606.00467" },
        { "https://huggingface.co/papers/2606.00467#community", "2606.00467" },

        // OpenAlex ids and links.
        { "W2741809807", "doi:10.7717/peerj.4375" },
        { "https://openalex.org/W2741809807", "doi:10.7717/peerj.4375" },
        { "https://api.openalex.org/works/W2741809807", "doi:10.7717/peerj.4375" },

        // Semantic Scholar ids and links: of a paper keyed by its arXiv id, and of one S2 alone knows.
        { "204e3073870fae3d05bcbc2f6a8e263d9b72e776", "1706.03762" },
        { "https://www.semanticscholar.org/paper/204e3073870fae3d05bcbc2f6a8e263d9b72e776", "1706.03762" },
        { "https://www.semanticscholar.org/paper/Attention-is-All-you-Need-Vaswani-Shazeer/204e3073870fae3d05bcbc2f6a8e263d9b72e776", "1706.03762" },
        { "https://api.semanticscholar.org/graph/v1/paper/204e3073870fae3d05bcbc2f6a8e263d9b72e776", "1706.03762" },
        { "ea9d2a2b4ce11aaf85136840c65f3bc9c03ab649", "src:semantic-scholar:" },

        // Feed items: their links as the bot shows them, in either scheme, with or without the slash.
        { "http://bair.berkeley.edu/blog/2026/04/20/grasp/", "src:feed:" },
        { "https://bair.berkeley.edu/blog/2026/04/20/grasp", "src:feed:" },
        { Gradient, "src:feed:" },
        { "http://thegradient.pub/virtue-ethics-ai-alignment", "src:feed:" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Every_form_finds_its_paper_in_paper_cite_summary_and_search(string form, string expected)
    {
        var paper = await DispatchAsync("paper", "id", form);
        var cite = await DispatchAsync("cite", "paper", form);
        var summary = await DispatchAsync("summary", "id", form);
        var search = await DispatchAsync("search", "query", form);

        Assert.True(paper.Kind == ReplyKind.Ok, paper.Text);
        var found = Assert.IsType<Paper>(paper.Data);
        Assert.StartsWith(expected, found.Id, StringComparison.Ordinal);
        Assert.Equal(ReplyKind.Ok, cite.Kind);
        Assert.Equal(BibTex.Format(found), Assert.IsType<BibTexCitation>(cite.Data).Bibtex);
        using var json = JsonDocument.Parse(JsonOutput.Serialize(summary.Data));
        Assert.Equal(found.Id, json.RootElement.GetProperty("id").GetString());

        // Pasted into search, the same paper alone, not the words of a link.
        Assert.Equal(found.Id, Assert.Single(Assert.IsType<IReadOnlyList<SearchHit>>(search.Data, exactMatch: false)).Id);
        Assert.StartsWith($"1 paper matches {ReplyMarkup.Escape(form)}", search.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_key_the_bot_prints_finds_its_paper()
    {
        foreach (var stored in _services.GetRequiredService<PaperStore>().Page(null, 1000))
        {
            var reply = await DispatchAsync("paper", "id", stored.Id);

            Assert.Equal(stored.Id, Assert.IsType<Paper>(reply.Data).Id);
        }
    }

    [Theory]
    [InlineData("W0000000001", "no paper W0000000001 here — try search, or import W0000000001 to fetch it from OpenAlex")]
    [InlineData("https://example.org/not/stored", "no paper https://example.org/not/stored here — try search")]
    [InlineData("not an id", "'not an id' is not a paper id: use an arXiv id (2412.13795, hep-th/9901001), a DOI, an OpenAlex or Semantic Scholar id, or a link to the paper")]
    public async Task An_unknown_or_unreadable_id_is_one_line(string form, string message)
    {
        var reply = await DispatchAsync("paper", "id", form);

        Assert.Equal(ReplyKind.Invalid, reply.Kind);
        Assert.Equal(message, reply.Text);
    }

    [Theory]
    [InlineData("W0000000001", "W0000000001")]
    [InlineData("https://example.org/not/stored", "https://example.org/not/stored")]
    [InlineData("<https://arxiv.org/abs/2612.99999v1>", "2612.99999")]
    public async Task Search_for_an_id_or_link_of_no_stored_paper_says_so(string form, string shown)
    {
        var reply = await DispatchAsync("search", "query", form);

        Assert.Equal(ReplyKind.Ok, reply.Kind);
        Assert.Equal($"No paper {ReplyMarkup.Escape(shown)} is stored here (search reads the stored papers; the sources' polls and an import bring new ones)", reply.Text);
        Assert.Empty(Assert.IsType<IReadOnlyList<SearchHit>>(reply.Data, exactMatch: false));
    }

    [Fact]
    public async Task A_lookup_of_several_papers_names_the_ones_not_stored_and_not_a_doi_another_key_holds()
    {
        // The DOI is an alias: the paper is stored under its arXiv id, 1506.01497.
        var some = await DispatchAsync("search", "query", "2204.08348 10.1109/TPAMI.2016.2577031 2612.99999 https://arxiv.org/abs/2612.99998v2");
        var all = await DispatchAsync("search", "query", "2204.08348 10.1109/TPAMI.2016.2577031");
        var none = await DispatchAsync("search", "query", "2612.99999 https://arxiv.org/abs/2612.99998v2 2612.99999");

        Assert.Equal(["1506.01497", "2204.08348"], Assert.IsType<IReadOnlyList<SearchHit>>(some.Data, exactMatch: false).Select(h => h.Id).Order(StringComparer.Ordinal));
        Assert.StartsWith(
            "2 papers match 2204.08348 10.1109/TPAMI.2016.2577031 2612.99999 https://arxiv.org/abs/2612.99998v2 (2612.99999, 2612.99998 are not stored here), newest first; showing 1–2",
            some.Text,
            StringComparison.Ordinal);
        Assert.StartsWith("2 papers match 2204.08348 10.1109/TPAMI.2016.2577031, newest first; showing 1–2", all.Text, StringComparison.Ordinal);
        Assert.Equal("None of 2612.99999, 2612.99998 is stored here (search reads the stored papers; the sources' polls and an import bring new ones)", none.Text);
    }

    [Fact]
    public async Task A_stored_paper_outside_since_is_not_said_to_be_missing()
    {
        var reply = await _services.GetRequiredService<CommandDispatcher>().DispatchAsync(
            "search", new Dictionary<string, object> { ["query"] = "2204.08348", ["since"] = "7d" }, CommandOrigin.Cli, CancellationToken.None);

        Assert.StartsWith("No papers published since ", reply.Text, StringComparison.Ordinal);
        Assert.Contains(" match 2204.08348", reply.Text, StringComparison.Ordinal);
        Assert.Contains("1 earlier paper matches, published ", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("not stored", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_version_of_a_stored_paper_finds_it_and_says_which_version_is_stored()
    {
        var stored = _services.GetRequiredService<PaperStore>().Page(null, 1000).First(p => p.Version > 0 && PaperId.TryParse(p.Id, out var id) && id.Kind == PaperIdKind.Arxiv);

        var other = await DispatchAsync("paper", "id", $"{stored.Id}v{stored.Version + 7}");
        var same = await DispatchAsync("paper", "id", $"{stored.Id}v{stored.Version}");

        Assert.Equal(stored.Id, Assert.IsType<Paper>(other.Data).Id);
        Assert.Equal($"v{stored.Version + 7} is not what is stored: DigestBot keeps one record a paper, here at v{stored.Version}.", other.Text);
        Assert.Null(same.Text);
    }

    [Fact]
    public async Task An_unknown_id_names_search_as_the_surface_names_commands()
    {
        var discord = await DispatchAsync("paper", "id", "W0000000001", new CommandOrigin(1, 2, 3, CommandOrigin.DiscordTransport));

        Assert.Equal("no paper W0000000001 here — try /search", discord.Text);
    }

    private Task<Reply> DispatchAsync(string command, string option, string value, CommandOrigin? origin = null) =>
        _services.GetRequiredService<CommandDispatcher>().DispatchAsync(
            command, new Dictionary<string, object> { [option] = value }, origin ?? CommandOrigin.Cli, CancellationToken.None);
}
