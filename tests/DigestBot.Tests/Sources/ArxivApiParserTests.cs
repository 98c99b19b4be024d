using DigestBot.Papers;
using DigestBot.Sources;

namespace DigestBot.Tests.Sources;

public sealed class ArxivApiParserTests
{
    private const string Search2026 = "arxiv_api_2026-04_search_all-testing_10_entries.xml";
    private const string Classic2016 = "arxiv_api_2016_classic_search_au-del_maestro_10_entries.xml";

    private static ParseResult ParseRecorded(string name) => ArxivApiParser.Parse(Fixtures.Recorded(name), Fixtures.SeenAt);

    [Fact]
    public void New_api_feed_gives_ten_papers_and_the_paging_totals()
    {
        var result = ParseRecorded(Search2026);

        Assert.Null(result.Error);
        Assert.Empty(result.Skipped);
        Assert.Equal(10, result.Items.Count);
        Assert.Equal(214881, result.TotalResults);
        Assert.Equal(0, result.StartIndex);
        Assert.Equal(
            ["2202.12139", "2405.13786", "2005.14124", "2204.08348", "2302.03287", "1202.4527", "2503.05378", "1205.1866", "2502.07719", "1812.11470"],
            result.Items.Select(i => i.Paper.Id));
    }

    [Fact]
    public void New_api_entry_carries_version_authors_categories_doi_journal_ref_and_comment()
    {
        var paper = ParseRecorded(Search2026).Items[0].Paper;

        Assert.Equal("2202.12139", paper.Id);
        Assert.Equal(1, paper.Version);
        Assert.Equal("Testing Deep Learning Models: A First Comparative Study of Multiple Testing Techniques", paper.Title);
        Assert.StartsWith("Deep Learning (DL) has revolutionized the capabilities of vision-based systems (VBS)", paper.Abstract, StringComparison.Ordinal);
        Assert.Equal(["Mohit Kumar Ahuja", "Arnaud Gotlieb", "Helge Spieker"], paper.Authors.Select(a => a.Name));
        Assert.Equal(["cs.SE", "cs.LG"], paper.Categories);
        Assert.Equal(["10.1109/icstw55395.2022.00035"], paper.Dois);
        Assert.Equal("Artificial Intelligence in Software Testing @ 2022 IEEE International Conference on Software Testing, Verification and Validation Workshops (ICSTW)", paper.JournalRef);
        Assert.Equal("Artificial Intelligence in Software Testing 2022 workshop @ ICST 2022", paper.Comment);
        Assert.Equal("https://arxiv.org/abs/2202.12139", paper.Links.Abs);
        Assert.Equal("https://arxiv.org/pdf/2202.12139", paper.Links.Pdf);
        Assert.Equal(new DateTimeOffset(2022, 2, 24, 15, 5, 19, TimeSpan.Zero), paper.Published);
        Assert.Equal(paper.Published, paper.Updated);
    }

    [Fact]
    public void New_api_entry_keeps_non_ascii_author_names()
    {
        var paper = ParseRecorded(Search2026).Items[1].Paper;

        Assert.Equal(["Aurora Ramírez", "Mario Berrios", "José Raúl Romero", "Robert Feldt"], paper.Authors.Select(a => a.Name));
        Assert.All(paper.Authors, a => Assert.Empty(a.Affiliations));
    }

    [Fact]
    public void Later_version_keeps_v1_date_as_published_and_its_own_as_updated()
    {
        var paper = ParseRecorded(Search2026).Items[2].Paper;

        Assert.Equal("2005.14124", paper.Id);
        Assert.Equal(2, paper.Version);
        Assert.Equal(new DateTimeOffset(2020, 5, 28, 16, 19, 50, TimeSpan.Zero), paper.Published);
        Assert.Equal(new DateTimeOffset(2020, 7, 16, 8, 15, 48, TimeSpan.Zero), paper.Updated);
        Assert.Equal(["cs.SE", "cs.CR", "cs.LG"], paper.Categories);
        Assert.Equal(["10.1145/3395363.3397376"], paper.Dois);
    }

    [Fact]
    public void Xml_entities_in_titles_and_journal_refs_are_decoded()
    {
        var items = ParseRecorded(Search2026).Items;

        Assert.Equal("ChatGPT and Software Testing Education: Promises & Perils", items[4].Paper.Title);
        Assert.Equal("International Journal of Software Engineering & Applications (IJSEA), Vol.3, No.1, January 2012", items[5].Paper.JournalRef);
        Assert.Empty(items[5].Paper.Dois);
    }

    [Fact]
    public void Every_paper_is_stamped_with_the_seen_at_time_and_one_arxiv_api_record()
    {
        var item = ParseRecorded(Search2026).Items[2];

        Assert.Equal(Fixtures.SeenAt, item.Paper.FirstSeen);
        Assert.Equal([new SourceRecord("arxiv-api", "2005.14124v2", Fixtures.SeenAt)], item.Paper.Sources);
        Assert.Null(item.AnnounceType);
        Assert.Null(item.Paper.HuggingFace);
    }

    [Fact]
    public void Classic_api_feed_unwraps_titles_and_keeps_old_style_ids()
    {
        var result = ParseRecorded(Classic2016);

        Assert.Null(result.Error);
        Assert.Equal(10, result.Items.Count);
        Assert.Equal(31, result.TotalResults);
        Assert.Equal(0, result.StartIndex);
        var papers = result.Items.Select(i => i.Paper).ToList();
        Assert.Equal("cond-mat/0412498", papers[1].Id);
        Assert.Equal(1, papers[1].Version);
        Assert.Equal("From stripe to checkerboard order on the square lattice in the presence of quenched disorder", papers[2].Title);
        Assert.Equal("cond-mat/0607501", papers[7].Id);
        Assert.Equal(2, papers[7].Version);
        Assert.Equal(["R. G. Melko", "A. Del Maestro", "A. A. Burkov"], papers[7].Authors.Select(a => a.Name));
    }

    [Fact]
    public void Classic_api_abstract_loses_its_hard_wraps_and_indentation()
    {
        var paper = ParseRecorded(Classic2016).Items[0].Paper;

        Assert.StartsWith("As helium-4 is cooled below 2.17 K it undergoes a phase transition to a fundamentally new state", paper.Abstract, StringComparison.Ordinal);
        Assert.EndsWith("intriguing low dimensional state of matter.", paper.Abstract, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', paper.Abstract);
        Assert.DoesNotContain("  ", paper.Abstract, StringComparison.Ordinal);
    }

    [Fact]
    public void Classic_api_entry_puts_the_primary_category_first_and_reads_per_element_namespaces()
    {
        var paper = ParseRecorded(Classic2016).Items[0].Paper;

        Assert.Equal("1201.4869", paper.Id);
        Assert.Equal(["cond-mat.mes-hall", "cond-mat.other"], paper.Categories);
        Assert.Equal(["10.1142/s021797921244002x"], paper.Dois);
        Assert.Equal("Int. J. Mod. Phys. B, 26, 1244002 (2012)", paper.JournalRef);
        Assert.Equal("26 pages, 10 figures", paper.Comment);
        Assert.Equal("https://arxiv.org/abs/1201.4869", paper.Links.Abs);
        Assert.Equal("https://arxiv.org/pdf/1201.4869", paper.Links.Pdf);
        Assert.Equal(new DateTimeOffset(2012, 1, 23, 21, 15, 2, TimeSpan.Zero), paper.Published);
    }

    [Theory]
    [InlineData("arxiv_api_2007_classic_error_docs_example.xml", "incorrect id format for 1234.12345")]
    [InlineData("arxiv_api_2026-04_error_http400_bad_id.xml", "incorrect id format for abc")]
    public void Error_entry_becomes_the_error_and_never_a_paper(string fixture, string message)
    {
        var result = ParseRecorded(fixture);

        Assert.Equal("arXiv API error: " + message, result.Error);
        Assert.True(result.Failed);
        Assert.Empty(result.Items);
    }

    [Fact]
    public void Zero_results_is_an_empty_result_not_an_error()
    {
        var result = ParseRecorded("arxiv_api_2026-04_zero_results.xml");

        Assert.Null(result.Error);
        Assert.Empty(result.Items);
        Assert.Empty(result.Skipped);
        Assert.Equal(0, result.TotalResults);
    }

    [Fact]
    public void Id_list_with_an_unknown_id_returns_the_one_found_and_counts_entries_not_items_per_page()
    {
        var result = ParseRecorded("arxiv_api_2026-04_idlist_two_ids_one_found.xml");

        var paper = Assert.Single(result.Items).Paper;
        Assert.Equal(1, result.TotalResults);
        Assert.Equal("1707.08567", paper.Id);
        Assert.Equal(34, paper.Authors.Count);
        Assert.Equal("Kees A. Schouhamer Immink", paper.Authors[0].Name);
        Assert.Equal("Dirk Wübben", paper.Authors[32].Name);
        Assert.Equal(["cs.IT"], paper.Categories);
        Assert.Equal("44 pages, editors for the proceedings: Yanling Chen and A. J. Han Vinck", paper.Comment);
        Assert.Null(paper.JournalRef);
        Assert.Empty(paper.Dois);
    }

    [Fact]
    public void A_title_of_zero_is_a_title()
    {
        var result = ParseRecorded("arxiv_api_2026-04_idlist_versioned_2104.12255v1.xml");

        var paper = Assert.Single(result.Items).Paper;
        Assert.Equal("2104.12255", paper.Id);
        Assert.Equal(1, paper.Version);
        Assert.Equal("0", paper.Title);
        Assert.Equal(["Quan Thoi Minh Nguyen"], paper.Authors.Select(a => a.Name));
        Assert.Equal(["cs.CR"], paper.Categories);
        Assert.StartsWith("What is the funniest number in cryptography? 0.", paper.Abstract, StringComparison.Ordinal);
    }

    [Fact]
    public void Old_style_id_comes_with_affiliations_and_journal_ref()
    {
        var result = ParseRecorded("arxiv_api_2026-05_idlist_oldstyle_astro-ph_0601001.xml");

        var paper = Assert.Single(result.Items).Paper;
        Assert.Equal("astro-ph/0601001", paper.Id);
        Assert.Equal(1, paper.Version);
        Assert.Equal("Frequency of Hot Jupiters and Very Hot Jupiters from the OGLE-III Transit Surveys Toward the Galactic Bulge and Carina", paper.Title);
        Assert.Equal(
            [("Andrew Gould", "Ohio State"), ("Susan Dorsher", "Ohio State"), ("B. Scott Gaudi", "CfA"), ("Andrzej Udalski", "Warsaw University Observatory")],
            paper.Authors.Select(a => (a.Name, Assert.Single(a.Affiliations))));
        Assert.Equal("ActaAstron.56:1-50,2006", paper.JournalRef);
        Assert.Equal(["astro-ph"], paper.Categories);
        Assert.Contains("Gould & Morgan (2003)", paper.Abstract, StringComparison.Ordinal);
        Assert.Contains("V_max<17.5", paper.Abstract, StringComparison.Ordinal);
        Assert.StartsWith("We derive the frequencies", paper.Abstract, StringComparison.Ordinal);
        Assert.Equal([new SourceRecord("arxiv-api", "astro-ph/0601001v1", Fixtures.SeenAt)], paper.Sources);
    }

    [Fact]
    public void Stream_string_and_byte_overloads_agree()
    {
        using var stream = Fixtures.OpenRecorded(Search2026);
        var fromStream = ArxivApiParser.Parse(stream, Fixtures.SeenAt);
        var fromText = ArxivApiParser.Parse(Fixtures.RecordedText(Search2026), Fixtures.SeenAt);
        var fromBytes = ParseRecorded(Search2026);

        Assert.Equal(fromBytes.Items.Select(i => i.Paper.Authors[0].Name), fromStream.Items.Select(i => i.Paper.Authors[0].Name));
        Assert.Equal(fromBytes.Items.Select(i => i.Paper.Abstract), fromText.Items.Select(i => i.Paper.Abstract));
    }
}
