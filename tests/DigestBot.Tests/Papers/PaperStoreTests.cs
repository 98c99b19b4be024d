using DigestBot.Papers;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Papers;

public sealed class PaperStoreTests : IDisposable
{
    private readonly TestStorage _storage = new();

    private PaperStore Store => _storage.Papers;

    public void Dispose() => _storage.Dispose();

    [Fact]
    public void A_new_paper_is_found_by_any_form_of_its_id()
    {
        var result = Store.Upsert(TestPapers.Arxiv("2412.13795"));

        Assert.Equal(UpsertOutcome.New, result.Outcome);
        Assert.Equal(1, Store.Count());
        foreach (var text in new[] { "2412.13795", "2412.13795v7", "https://arxiv.org/abs/2412.13795v1", "10.48550/arXiv.2412.13795" })
        {
            Assert.Equal("2412.13795", Store.Find(PaperId.Parse(text))?.Id);
        }

        Assert.Null(Store.Find(PaperId.Parse("2412.13796")));
    }

    [Fact]
    public void Seeing_the_same_record_again_changes_nothing()
    {
        Store.Upsert(TestPapers.Arxiv("2412.13795"));

        var again = Store.Upsert(TestPapers.Arxiv("2412.13795"));

        Assert.Equal(UpsertOutcome.Unchanged, again.Outcome);
        Assert.Single(Store.Find(PaperId.Parse("2412.13795"))!.Sources);
    }

    [Fact]
    public void The_highest_version_wins_title_and_abstract_and_every_source_record_is_kept()
    {
        Store.Upsert(TestPapers.Arxiv("2412.13795", version: 2, source: "arxiv-api"));
        var older = TestPapers.Arxiv("2412.13795", version: 1, source: "hf-daily", seen: TestPapers.Monday.AddHours(1)) with
        {
            Categories = ["cs.CL"],
            Links = new PaperLinks { Hf = "https://huggingface.co/papers/2412.13795" },
        };

        var result = Store.Upsert(older);

        var paper = Store.Find(PaperId.Parse("2412.13795"))!;
        Assert.Equal(UpsertOutcome.Updated, result.Outcome);
        Assert.Equal(2, paper.Version);
        Assert.Equal("Title of 2412.13795 v2", paper.Title);
        Assert.Equal("Abstract of 2412.13795 v2.", paper.Abstract);
        Assert.Equal(["arxiv-api", "hf-daily"], paper.Sources.Select(s => s.Source));
        Assert.Equal(["cs.LG", "cs.AI", "cs.CL"], paper.Categories);
        Assert.Equal("https://arxiv.org/abs/2412.13795", paper.Links.Abs);
        Assert.Equal("https://huggingface.co/papers/2412.13795", paper.Links.Hf);
        Assert.Equal(TestPapers.Monday, paper.FirstSeen);
    }

    [Fact]
    public void A_newer_version_replaces_title_and_abstract_and_moves_updated_forward()
    {
        Store.Upsert(TestPapers.Arxiv("2412.13795", version: 1));

        Store.Upsert(TestPapers.Arxiv("2412.13795", version: 3, source: "arxiv-rss"));

        var paper = Store.Find(PaperId.Parse("2412.13795"))!;
        Assert.Equal(3, paper.Version);
        Assert.Equal("Title of 2412.13795 v3", paper.Title);
        Assert.Equal(new DateTimeOffset(2024, 12, 14, 18, 0, 0, TimeSpan.Zero), paper.Updated);
        Assert.Equal(new DateTimeOffset(2024, 12, 12, 18, 0, 0, TimeSpan.Zero), paper.Published);
        Assert.Equal(2, paper.Sources.Count);
    }

    [Fact]
    public void A_paper_first_keyed_by_doi_is_rekeyed_to_its_arxiv_id_and_still_found_by_the_doi()
    {
        Store.Upsert(TestPapers.Journal("10.1109/ICSTW.2022.35", seen: TestPapers.Monday.AddDays(-3)));
        var arxiv = TestPapers.Arxiv("2412.13795") with { Dois = ["10.1109/icstw.2022.35"] };

        var result = Store.Upsert(arxiv);

        Assert.Equal(UpsertOutcome.Updated, result.Outcome);
        Assert.Equal(1, Store.Count());
        var byDoi = Store.Find(PaperId.Parse("https://doi.org/10.1109/ICSTW.2022.35"));
        Assert.NotNull(byDoi);
        Assert.Equal("2412.13795", byDoi.Id);
        Assert.Equal("2412.13795", Store.Find(PaperId.Parse("doi:10.1109/icstw.2022.35"))!.Id);
        Assert.Equal(["rss:journal", "arxiv-api"], byDoi.Sources.Select(s => s.Source));
        Assert.Equal("J. Machines 12 (2025) 1-10", byDoi.JournalRef);
        Assert.Equal(TestPapers.Monday.AddDays(-3), byDoi.FirstSeen);
        Assert.Equal(["Analytical Engines Ltd", "University of London"], byDoi.Authors[0].Affiliations);
    }

    [Fact]
    public void Aliases_of_a_rekeyed_paper_follow_it_to_the_new_key()
    {
        Store.Upsert(TestPapers.Journal("10.1000/first") with { Dois = ["10.1000/first", "10.1000/second"] });
        Assert.Equal("doi:10.1000/first", Store.Find(PaperId.Parse("10.1000/second"))!.Id);

        Store.Upsert(TestPapers.Arxiv("2412.13795") with { Dois = ["10.1000/second"] });

        Assert.Equal(1, Store.Count());
        Assert.Equal("2412.13795", Store.Find(PaperId.Parse("10.1000/first"))!.Id);
        Assert.Equal("2412.13795", Store.Find(PaperId.Parse("10.1000/second"))!.Id);
    }

    [Fact]
    public void A_journal_record_arriving_after_the_arxiv_paper_merges_into_it()
    {
        Store.Upsert(TestPapers.Arxiv("2412.13795") with { Dois = ["10.1000/j"] });

        var result = Store.Upsert(TestPapers.Journal("10.1000/j"));

        Assert.Equal(UpsertOutcome.Updated, result.Outcome);
        Assert.Equal("2412.13795", result.Paper.Id);
        Assert.Equal(1, Store.Count());
        Assert.Equal(2, Store.Find(PaperId.Parse("2412.13795"))!.Sources.Count);
    }

    [Fact]
    public void Two_arxiv_papers_sharing_a_journal_doi_stay_two_papers()
    {
        Store.Upsert(TestPapers.Arxiv("2412.13795") with { Dois = ["10.1000/shared"] });

        var second = Store.Upsert(TestPapers.Arxiv("2412.20000") with { Dois = ["10.1000/shared"] });

        Assert.Equal(UpsertOutcome.New, second.Outcome);
        Assert.Equal(2, Store.Count());
        Assert.Equal("2412.13795", Store.Find(PaperId.Parse("10.1000/shared"))!.Id);
    }

    [Fact]
    public void Papers_and_their_dates_survive_a_restart_exactly()
    {
        var seen = new DateTimeOffset(2024, 12, 16, 9, 30, 0, 123, TimeSpan.FromHours(-5)).AddTicks(4567);
        var original = Store.Upsert(TestPapers.Arxiv("hep-th/9901001", seen: seen)).Paper;

        _storage.Reopen();

        var reloaded = Store.Find(PaperId.Parse("hep-th/9901001"))!;
        Assert.Equal(seen, reloaded.FirstSeen);
        Assert.Equal(TimeSpan.Zero, reloaded.FirstSeen.Offset);
        Assert.Equal(original.Authors, reloaded.Authors, (a, b) => a.Name == b.Name && a.Affiliations.SequenceEqual(b.Affiliations));
        Assert.Equal(original.Sources, reloaded.Sources);
        Assert.Equal(original.Links, reloaded.Links);
    }

    [Fact]
    public void Dates_are_stored_as_utc_iso_8601_strings()
    {
        Store.Upsert(TestPapers.Arxiv("2412.13795", seen: new DateTimeOffset(2024, 12, 16, 10, 30, 0, TimeSpan.FromHours(1))));

        var raw = _storage.Database.Lite.GetCollection(PaperStore.PapersCollection).FindById("2412.13795");

        Assert.Equal("2024-12-16T09:30:00.0000000Z", raw["FirstSeen"].AsString);
        Assert.Equal("2024-12-12T18:00:00.0000000Z", raw["Published"].AsString);
    }

    [Fact]
    public void Latest_pages_newest_first_by_first_seen()
    {
        for (var i = 0; i < 5; i++)
        {
            Store.Upsert(TestPapers.Arxiv($"2412.1379{i}", seen: TestPapers.Monday.AddMinutes(i)));
        }

        var first = Store.Latest(2);
        var next = Store.Latest(2, before: first[^1].FirstSeen);

        Assert.Equal(["2412.13794", "2412.13793"], first.Select(p => p.Id));
        Assert.Equal(["2412.13792", "2412.13791"], next.Select(p => p.Id));
    }

    [Fact]
    public void A_batch_reports_new_updated_and_unchanged()
    {
        Store.Upsert(TestPapers.Arxiv("2412.00001"));
        Store.Upsert(TestPapers.Arxiv("2412.00002"));

        var results = Store.UpsertBatch(
        [
            TestPapers.Arxiv("2412.00001"),
            TestPapers.Arxiv("2412.00002", version: 2),
            TestPapers.Arxiv("2412.00003"),
        ]);

        Assert.Equal([UpsertOutcome.Unchanged, UpsertOutcome.Updated, UpsertOutcome.New], results.Select(r => r.Outcome));
        Assert.Equal(3, Store.Count());
    }
}
