using DigestBot.Commands;
using DigestBot.Papers;
using DigestBot.Sources;
using DigestBot.Tests.Sources;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Papers;

/// <summary>
/// Records that share no id are one paper when their normalised titles match, an author surname agrees and their
/// years are within one. The preprints and journal versions below are real Semantic Scholar and OpenAlex records (one
/// real record split into its arXiv half and its DOI half where a fixture holds both ids on one record); the
/// near-duplicates that must stay apart are the same real records with the one difference each case names.
/// </summary>
public sealed class SameWorkMergeTests : IDisposable
{
    private static readonly DateTimeOffset Later = Fixtures.SeenAt.AddDays(1);
    private readonly TestStorage _storage = new();

    public void Dispose() => _storage.Dispose();

    private PaperStore Store => _storage.Papers;

    private static Paper S2(string arxiv) =>
        SemanticScholarParser.Parse(Fixtures.Recorded("semantic_scholar_paper_search_2026-03_attention_mechanism_5.json"), Fixtures.SeenAt)
            .Items.Select(i => i.Paper).Single(p => p.Id == arxiv);

    private static Paper OpenAlex(string doi) =>
        OpenAlexParser.Parse(Fixtures.Recorded("openalex_works_search_2026-03_attention_mechanism_5.json"), Later)
            .Items.Select(i => i.Paper).Single(p => p.Id == "doi:" + doi);

    /// <summary>The arXiv half of a record: what an arXiv listing or HF daily entry carries (no journal DOI).</summary>
    private static Paper Preprint(Paper paper) => paper with { Dois = [] };

    /// <summary>The journal half of a record: keyed by its DOI, as a journal feed would have it.</summary>
    private static Paper JournalVersion(Paper paper, DateTimeOffset published) => paper with
    {
        Id = "doi:" + paper.Dois[0],
        PublishedDate = PaperDate.Day(published),
        Links = new PaperLinks { Abs = "https://doi.org/" + paper.Dois[0] },
        Sources = [new SourceRecord("rss:journal", "https://doi.org/" + paper.Dois[0], Later)],
        FirstSeen = Later,
    };

    [Fact]
    public void An_arxiv_preprint_and_its_journal_version_on_openalex_become_one_paper_with_both_ids()
    {
        // Faster R-CNN: arXiv 1506.01497 (2015-06-04) and TPAMI 10.1109/tpami.2016.2577031 on OpenAlex (2016-06-06).
        var preprint = Preprint(S2("1506.01497"));
        var journal = OpenAlex("10.1109/tpami.2016.2577031");
        Store.Upsert(preprint);

        var result = Store.Upsert(journal);

        Assert.Equal(UpsertOutcome.Updated, result.Outcome);
        Assert.Equal(1, Store.Count());
        var paper = result.Paper;
        Assert.Equal("1506.01497", paper.Id);
        Assert.Equal(["10.1109/tpami.2016.2577031"], paper.Dois);
        Assert.Equal(paper.Id, Store.Find(PaperId.Parse("10.1109/TPAMI.2016.2577031"))!.Id);
        Assert.Equal(PaperDate.Day(new DateTimeOffset(2015, 6, 4, 0, 0, 0, TimeSpan.Zero)), paper.PublishedDate);
        var match = Assert.Single(paper.Sources, s => s.Source == "openalex").Match!;
        Assert.Equal("1506.01497", match.Joined);
        Assert.Equal("faster r cnn towards real time object detection with region proposal networks", match.Title);
        Assert.Equal(["girshick", "he", "ren", "sun"], match.Surnames);
        Assert.Equal([2015, 2016], match.Years);
        Assert.Null(Assert.Single(paper.Sources, s => s.Source == "semantic-scholar").Match);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_journal_feed_item_with_a_teaser_and_one_author_does_not_replace_the_arxiv_record_s_text_authors_or_link(bool preprintFirst)
    {
        // Latent Diffusion's arXiv half, without a version (as Hugging Face's daily page gives it), and a journal feed's
        // item for it: the same title, a teaser for an abstract, only its first author, its own landing page.
        var preprint = Preprint(S2("2112.10752")) with { Version = 0 };
        var teaser = JournalVersion(preprint with { Dois = ["10.1109/CVPR52688.2022.01042"] }, new DateTimeOffset(2022, 6, 19, 0, 0, 0, TimeSpan.Zero)) with
        {
            Abstract = "Journal version of the paper.",
            Authors = [preprint.Authors[0]],
        };
        Store.Upsert(preprintFirst ? preprint : teaser);

        var paper = Store.Upsert(preprintFirst ? teaser : preprint).Paper;

        Assert.Equal(1, Store.Count());
        Assert.Equal("2112.10752", paper.Id);
        Assert.Equal(preprint.Abstract, paper.Abstract);
        Assert.Equal(preprint.Title, paper.Title);
        Assert.Equal(preprint.Authors.Select(a => a.Name), paper.Authors.Select(a => a.Name));
        Assert.Equal(preprint.Links.Abs, paper.Links.Abs);
        Assert.Equal(["10.1109/CVPR52688.2022.01042"], paper.Dois);
    }

    [Fact]
    public void A_journal_version_stored_first_is_re_keyed_to_the_arxiv_id_when_the_preprint_arrives()
    {
        // Latent Diffusion: arXiv 2112.10752 (2021-12-20) and CVPR 10.1109/CVPR52688.2022.01042 (one S2 record split in two).
        var full = S2("2112.10752");
        Store.Upsert(JournalVersion(full, new DateTimeOffset(2022, 6, 19, 0, 0, 0, TimeSpan.Zero)));

        var result = Store.Upsert(Preprint(full));

        Assert.Equal(1, Store.Count());
        Assert.Equal("2112.10752", result.Paper.Id);
        Assert.Equal("2112.10752", Store.Find(PaperId.Parse("doi:10.1109/cvpr52688.2022.01042"))!.Id);
        Assert.Contains("doi:10.1109/cvpr52688.2022.01042", Store.RemovedSince(0).Ids);
    }

    [Fact]
    public void The_same_title_by_other_authors_stays_a_paper_of_its_own()
    {
        var original = Preprint(S2("1506.01497"));
        Store.Upsert(original);

        var other = JournalVersion(S2("1506.01497"), new DateTimeOffset(2016, 1, 1, 0, 0, 0, TimeSpan.Zero)) with
        {
            Authors = [new Author("Xavier Glorot"), new Author("Yoshua Bengio")],
        };

        Assert.Equal(UpsertOutcome.New, Store.Upsert(other).Outcome);
        Assert.Equal(2, Store.Count());
    }

    [Theory]
    [InlineData("Faster R-CNN: Towards Real-Time Object Detection with Region Proposal Networks, Part II")]
    [InlineData("Erratum: Faster R-CNN: Towards Real-Time Object Detection with Region Proposal Networks")]
    [InlineData("Correction to: Faster R-CNN: Towards Real-Time Object Detection with Region Proposal Networks")]
    public void A_second_part_or_a_notice_about_the_paper_stays_apart(string title)
    {
        Store.Upsert(Preprint(S2("1506.01497")) with { Title = "Faster R-CNN: Towards Real-Time Object Detection with Region Proposal Networks, Part I" });
        Store.Upsert(Preprint(S2("1506.01497")) with { Id = "src:test:original" });

        var other = JournalVersion(S2("1506.01497"), new DateTimeOffset(2016, 6, 6, 0, 0, 0, TimeSpan.Zero)) with { Title = title };

        Assert.Equal(UpsertOutcome.New, Store.Upsert(other).Outcome);
    }

    [Fact]
    public void An_erratum_with_the_papers_own_title_and_its_own_doi_stays_apart_from_the_journal_version()
    {
        Store.Upsert(OpenAlex("10.1109/tpami.2016.2577031"));

        var erratum = JournalVersion(S2("1506.01497") with { Dois = ["10.1109/tpami.2017.0000001"] }, new DateTimeOffset(2017, 1, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(UpsertOutcome.New, Store.Upsert(erratum).Outcome);
        Assert.Equal(2, Store.Count());
    }

    [Fact]
    public void Two_arxiv_papers_with_one_title_stay_apart()
    {
        Store.Upsert(Preprint(S2("1506.01497")));

        var resubmitted = Preprint(S2("1506.01497")) with { Id = "1507.00001", Sources = [new SourceRecord("arxiv-api", "1507.00001v1", Later)] };

        Assert.Equal(UpsertOutcome.New, Store.Upsert(resubmitted).Outcome);
    }

    [Fact]
    public void Years_more_than_one_apart_stay_apart_and_an_undated_record_is_never_matched()
    {
        Store.Upsert(Preprint(S2("1506.01497")));

        var late = JournalVersion(S2("1506.01497"), new DateTimeOffset(2018, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var undated = late with { Id = "doi:10.1000/undated", Dois = ["10.1000/undated"], PublishedDate = null };

        Assert.Equal(UpsertOutcome.New, Store.Upsert(late).Outcome);
        Assert.Equal(UpsertOutcome.New, Store.Upsert(undated).Outcome);
    }

    [Fact]
    public void Undoing_a_merge_restores_both_records_and_the_pair_is_not_merged_again()
    {
        var preprint = Preprint(S2("1506.01497"));
        var journal = OpenAlex("10.1109/tpami.2016.2577031");
        Store.Upsert(preprint);
        Store.Upsert(journal);

        var undone = Store.UndoMerge(PaperId.Parse("10.1109/tpami.2016.2577031"), Later);

        Assert.NotNull(undone);
        Assert.Equal(2, Store.Count());
        var arxiv = Store.Find(PaperId.Parse("1506.01497"))!;
        var doi = Store.Find(PaperId.Parse("10.1109/tpami.2016.2577031"))!;
        Assert.Equal("doi:10.1109/tpami.2016.2577031", doi.Id);
        Assert.Equal(Comparable(preprint), Comparable(arxiv));
        Assert.Equal(Comparable(journal), Comparable(doi));
        Assert.Null(Store.UndoMerge(PaperId.Parse("1506.01497"), Later));

        // Removed (as retention would) and seen again, the journal record is new by its key: the title would match the
        // preprint again, but the split pair stays split.
        Store.Remove([doi.Id], Later);
        Assert.Equal(UpsertOutcome.New, Store.Upsert(journal).Outcome);
        Assert.Equal(2, Store.Count());
    }

    private static string Comparable(Paper paper) => DigestBot.Commands.JsonOutput.Serialize(paper);
}
