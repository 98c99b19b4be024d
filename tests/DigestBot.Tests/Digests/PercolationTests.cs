using DigestBot.Digests;
using DigestBot.Papers;
using DigestBot.Sources;
using DigestBot.Tests.Support;
using DigestBot.Watches;

namespace DigestBot.Tests.Digests;

public sealed class PercolationTests : IDisposable
{
    private const ulong Channel = 7;
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);
    private readonly DigestsHarness _bot = new(Now);

    public void Dispose() => _bot.Dispose();

    [Fact]
    public void Phrase_field_negation_category_and_author_watches_each_match_what_they_say()
    {
        Watch("norms", "\"layer normalization\"");
        Watch("surveys", "ti:survey");
        Watch("norms, no surveys", "\"layer normalization\" -survey");
        Watch("cache", "cat:cs.CL AND cache");
        Watch("liu", "au:liu");

        Ingest(announce: true, MixLn(), Survey(), KvCache());

        var pending = _bot.Get<Outbox>().Pending(Channel).ToDictionary(d => d.PaperId);
        Assert.Equal(["liu", "norms", "norms, no surveys"], pending["2411.00001"].WatchNames.Order(StringComparer.Ordinal));
        Assert.Equal(["norms", "surveys"], pending["2411.00002"].WatchNames.Order(StringComparer.Ordinal));
        Assert.Equal(["cache"], pending["2411.00003"].WatchNames);
        Assert.Contains("\"layer normalization\"", pending["2411.00001"].MatchedTerms);
        Assert.Contains("cat:cs.CL", pending["2411.00003"].MatchedTerms);
        Assert.Contains("cache", pending["2411.00003"].MatchedTerms);
    }

    [Fact]
    public void Three_watches_hitting_one_paper_make_one_delivery_listing_all_three()
    {
        Watch("a", "normalization");
        Watch("b", "ti:\"Mix-LN\"");
        Watch("c", "cat:cs.LG");

        Ingest(announce: true, MixLn());

        var delivery = Assert.Single(_bot.Get<Outbox>().Pending(Channel));
        Assert.Equal(["a", "b", "c"], delivery.WatchNames.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Backfills_and_replacements_are_never_delivered()
    {
        Watch("norms", "normalization");

        Ingest(announce: false, MixLn());
        Ingest(announce: true, new SourceItem { Paper = Survey().Paper, AnnounceType = AnnounceType.Replace, AnnouncedAt = Now });

        Assert.Empty(_bot.Get<Outbox>().Pending(Channel));
        Assert.Empty(_bot.Get<PaperStore>().Unpercolated(10));
    }

    [Fact]
    public void Watches_of_other_channels_and_muted_or_invalid_ones_do_not_leak()
    {
        Watch("norms", "normalization");
        _bot.Get<WatchStore>().Add(0, 8, "cache", "other channel", 1);

        Ingest(announce: true, MixLn(), KvCache());

        Assert.Equal(["2411.00001"], _bot.Get<Outbox>().Pending(Channel).Select(d => d.PaperId));
        Assert.Equal(["2411.00003"], _bot.Get<Outbox>().Pending(8).Select(d => d.PaperId));
    }

    [Fact]
    public void A_paper_announced_without_categories_is_matched_again_when_arxiv_brings_them_and_delivered_once()
    {
        Watch("nlp", "cat:cs.CL");
        Watch("cache", "cache");

        // Hugging Face first (no categories): only the word watch can match.
        Ingest(announce: true, DailyPapersFirst(KvCache()));
        Assert.Equal(["cache"], Assert.Single(_bot.Get<Outbox>().Pending(Channel)).WatchNames);

        // arXiv's listing the next morning: the category watch matches too, in the same one delivery.
        _bot.Clock.Advance(TimeSpan.FromHours(10));
        Ingest(announce: true, KvCache());

        var delivery = Assert.Single(_bot.Get<Outbox>().Pending(Channel));
        Assert.Equal(["cache", "nlp"], delivery.WatchNames.Order(StringComparer.Ordinal));
        Assert.Contains("cat:cs.CL", delivery.MatchedTerms);
        Assert.Empty(_bot.Get<PaperStore>().Unpercolated(10));
    }

    [Fact]
    public void New_categories_match_again_only_in_a_poll_and_within_a_week_of_the_announcement()
    {
        Watch("nlp", "cat:cs.CL");
        Ingest(announce: true, DailyPapersFirst(KvCache()), DailyPapersFirst(Survey()));

        Ingest(announce: false, KvCache()); // a backfill (an import) announces nothing, nor matches again
        _bot.Clock.Advance(TimeSpan.FromDays(8));
        Ingest(announce: true, Survey());

        Assert.Empty(_bot.Get<Outbox>().Pending(Channel));
        Assert.Equal(["cs.CL"], _bot.Get<PaperStore>().Find(PaperId.Parse("2411.00003"))!.Categories);
    }

    private void Watch(string name, string query) => _bot.Get<WatchStore>().Add(0, Channel, query, name, createdBy: 1);

    private void Ingest(bool announce, params SourceItem[] items) => _bot.Get<PaperIngestor>().Store(items, 0, announce);

    private static SourceItem Item(string id, string title, string abstractText, string category, string author) => new()
    {
        Paper = TestPapers.Arxiv(id, seen: Now) with
        {
            Title = title,
            Abstract = abstractText,
            Categories = [category],
            Authors = [new Author(author)],
            Published = Now.AddDays(-1),
        },
        AnnounceType = AnnounceType.New,
        AnnouncedAt = Now,
    };

    /// <summary>The item as Hugging Face Daily Papers gives it: no categories, its own source.</summary>
    private static SourceItem DailyPapersFirst(SourceItem item) => item with
    {
        Paper = item.Paper with { Categories = [], Sources = [new SourceRecord("hf-daily", item.Paper.Id, Now)] },
        AnnounceType = null,
    };

    private static SourceItem MixLn() => Item(
        "2411.00001", "Mix-LN: Combining Pre-LN and Post-LN", "We revisit layer normalization in deep transformers.", "cs.LG", "Shiwei Liu");

    private static SourceItem Survey() => Item(
        "2411.00002", "A survey of normalization layers", "This survey reviews layer normalization and its variants.", "cs.CL", "Ada Lovelace");

    private static SourceItem KvCache() => Item(
        "2411.00003", "Compressing the KV cache", "We shrink the attention cache for long contexts.", "cs.CL", "Alan Turing");
}
