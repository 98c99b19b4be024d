using DigestBot.Papers;
using DigestBot.Sources;

namespace DigestBot.Tests.Sources;

public sealed class ArxivListingParserTests
{
    private const string RecordedRss = "arxiv_rss_2026-04-27_cs.AI_trimmed_3_items.xml";

    private static readonly DateTimeOffset Apr27 = new(2026, 4, 27, 0, 0, 0, TimeSpan.FromHours(-4));
    private static readonly DateTimeOffset Sep24 = new(2026, 9, 24, 0, 0, 0, TimeSpan.FromHours(-4));

    private static ParseResult ParseSynthetic(string name) => ArxivListingParser.Parse(Fixtures.Synthetic(name), Fixtures.SeenAt);

    [Fact]
    public void Recorded_rss_listing_gives_three_new_papers_with_versions_from_the_guid()
    {
        var result = ArxivListingParser.Parse(Fixtures.Recorded(RecordedRss), Fixtures.SeenAt);

        Assert.Null(result.Error);
        Assert.Empty(result.Skipped);
        Assert.Equal(["2604.21935", "2604.21936", "2604.21937"], result.Items.Select(i => i.Paper.Id));
        Assert.All(result.Items, i => Assert.Equal(AnnounceType.New, i.AnnounceType));
        Assert.All(result.Items, i => Assert.Equal(1, i.Paper.Version));
        Assert.All(result.Items, i => Assert.Equal(Apr27, i.AnnouncedAt));
        Assert.Null(result.TotalResults);
    }

    [Fact]
    public void Recorded_rss_item_splits_description_into_abstract_and_reads_categories_and_links()
    {
        var item = ArxivListingParser.Parse(Fixtures.Recorded(RecordedRss), Fixtures.SeenAt).Items[0];
        var paper = item.Paper;

        Assert.Equal("Math Takes Two: A test for emergent mathematical reasoning in communication", paper.Title);
        Assert.StartsWith("Although language models demonstrate remarkable proficiency on mathematical benchmarks,", paper.Abstract, StringComparison.Ordinal);
        Assert.DoesNotContain("Announce Type", paper.Abstract, StringComparison.Ordinal);
        Assert.Equal(["cs.AI", "cs.LG"], paper.Categories);
        Assert.Equal(["Michael Cooper", "Samuel Cooper"], paper.Authors.Select(a => a.Name));
        Assert.Equal("Michael Cooper, Samuel Cooper", item.RawAuthors);
        Assert.Equal("https://arxiv.org/abs/2604.21935", paper.Links.Abs);
        Assert.Equal(Apr27, paper.Published);
        Assert.Equal([new SourceRecord("arxiv-rss", "2604.21935v1", Fixtures.SeenAt)], paper.Sources);
        Assert.Equal(Fixtures.SeenAt, paper.FirstSeen);
    }

    [Fact]
    public void Recorded_rss_item_keeps_latex_in_the_abstract_and_all_eighteen_authors()
    {
        var items = ArxivListingParser.Parse(Fixtures.Recorded(RecordedRss), Fixtures.SeenAt).Items;

        Assert.Contains(@"\textbf{adaptability}", items[1].Paper.Abstract, StringComparison.Ordinal);
        Assert.Equal(18, items[1].Paper.Authors.Count);
        Assert.Equal("Bennett A. Landman", items[1].Paper.Authors[^1].Name);
        Assert.Equal(["cs.AI", "cs.CV", "cs.MA"], items[1].Paper.Categories);
        Assert.Equal(17, items[2].Paper.Authors.Count);
    }

    [Fact]
    public void Atom_listing_reads_each_announce_type()
    {
        var result = ParseSynthetic("arxiv_atom_listing_mixed_announce_types.xml");

        Assert.Null(result.Error);
        Assert.Empty(result.Skipped);
        Assert.Equal(
            [("2609.01234", AnnounceType.New, 1), ("2609.05678", AnnounceType.Cross, 1), ("2506.11111", AnnounceType.Replace, 3), ("math/0611800", AnnounceType.ReplaceCross, 2)],
            result.Items.Select(i => (i.Paper.Id, i.AnnounceType!.Value, i.Paper.Version)));
        Assert.All(result.Items, i => Assert.Equal(Sep24, i.AnnouncedAt));
    }

    [Fact]
    public void Atom_listing_splits_creators_outside_parentheses_only()
    {
        var item = ParseSynthetic("arxiv_atom_listing_mixed_announce_types.xml").Items[0];

        Assert.Equal(
            [("Zoë Alvarez-Núñez", "Universidad de Chile"), ("Min-jun Park", ""), ("Robert Smith Jr.", "MIT|CSAIL")],
            item.Paper.Authors.Select(a => (a.Name, string.Join('|', a.Affiliations))));
        Assert.Equal("Zoë Alvarez-Núñez (Universidad de Chile), Min-jun Park, Robert Smith Jr. (MIT, CSAIL)", item.RawAuthors);
        Assert.Equal("We study which attention heads retrieve facts from long contexts. Heads found this way transfer across model sizes.", item.Paper.Abstract);
        Assert.Equal(["cs.CL", "cs.LG"], item.Paper.Categories);
        Assert.Equal("https://arxiv.org/abs/2609.01234", item.Paper.Links.Abs);
    }

    [Fact]
    public void Replacement_sets_the_updated_date_but_not_published_and_reads_doi_and_journal_reference()
    {
        var paper = ParseSynthetic("arxiv_atom_listing_mixed_announce_types.xml").Items[2].Paper;

        Assert.Null(paper.Published);
        Assert.Equal(Sep24, paper.Updated);
        Assert.Equal(["10.1162/tacl_a_00999", "10.5555/example.2026.7"], paper.Dois);
        Assert.Equal("Trans. Assoc. Comput. Linguist. 14 (2026) 101-120", paper.JournalRef);
        Assert.Equal([("Priya Natarajan", "IIT Madras"), ("Jonas Weber", "")], paper.Authors.Select(a => (a.Name, string.Join('|', a.Affiliations))));
    }

    [Fact]
    public void A_collaboration_joined_by_and_stays_one_author_in_arxiv_listings()
    {
        var paper = ParseSynthetic("arxiv_atom_listing_mixed_announce_types.xml").Items[3].Paper;

        Assert.Equal(["H1 and ZEUS Collaborations"], paper.Authors.Select(a => a.Name));
        Assert.Equal([new SourceRecord("arxiv-rss", "math/0611800v2", Fixtures.SeenAt)], paper.Sources);
    }

    [Fact]
    public void Rss_listing_with_flattened_description_still_splits_type_and_abstract()
    {
        var result = ParseSynthetic("arxiv_rss_listing_flattened_cross_and_replace.xml");

        Assert.Empty(result.Skipped);
        var cross = result.Items[0];
        Assert.Equal(AnnounceType.Cross, cross.AnnounceType);
        Assert.Equal("Forgetting old gradients helps.", cross.Paper.Abstract);
        Assert.Equal(["Univ. of Porto", "INESC TEC"], cross.Paper.Authors[0].Affiliations);
        Assert.Equal("Tom O'Brien", cross.Paper.Authors[1].Name);
        Assert.Equal(Sep24, cross.Paper.Published);
    }

    [Fact]
    public void Rss_replacements_keep_their_versions_and_drop_arxivs_own_doi()
    {
        var items = ParseSynthetic("arxiv_rss_listing_flattened_cross_and_replace.xml").Items;

        Assert.Equal(("2605.00042", 2, AnnounceType.Replace), (items[1].Paper.Id, items[1].Paper.Version, items[1].AnnounceType!.Value));
        Assert.Equal("Scaling Laws for Sparse Mixtures", items[1].Paper.Title);
        Assert.Empty(items[1].Paper.Dois);
        Assert.Equal(["Kai Müller", "Li Wei"], items[1].Paper.Authors.Select(a => a.Name));
        Assert.Equal(("2603.09876", 4, AnnounceType.ReplaceCross), (items[2].Paper.Id, items[2].Paper.Version, items[2].AnnounceType!.Value));
        Assert.Equal("J. Mach. Learn. Res. 27 (2026)", items[2].Paper.JournalRef);
        Assert.Null(items[2].Paper.Published);
    }

    [Fact]
    public void Weekend_feed_without_items_is_valid_and_empty()
    {
        var result = ParseSynthetic("arxiv_rss_listing_weekend_empty.xml");

        Assert.Null(result.Error);
        Assert.Empty(result.Items);
        Assert.Empty(result.Skipped);
    }

    [Fact]
    public void Feed_error_channel_is_an_error_with_arxivs_message()
    {
        var result = ParseSynthetic("arxiv_rss_listing_error_bad_archive.xml");

        Assert.Empty(result.Items);
        Assert.StartsWith("arXiv listing error: Bad archive 'xyz'. Valid archive names are: astro-ph,", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Item_without_any_arxiv_id_is_skipped_with_the_reason()
    {
        var result = ArxivListingParser.Parse("<rss version=\"2.0\"><channel><item><title>No id here</title></item></channel></rss>", Fixtures.SeenAt);

        Assert.Empty(result.Items);
        var skipped = Assert.Single(result.Skipped);
        Assert.Equal("item 1", skipped.Item);
        Assert.Contains("no arXiv id", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_comes_from_the_description_when_the_guid_has_none()
    {
        const string rss = """
            <rss version="2.0"><channel><item><title>T</title><link>https://arxiv.org/abs/2604.00001</link>
            <guid>https://arxiv.org/abs/2604.00001</guid>
            <description>arXiv:2604.00001v3 Announce Type: replace Abstract: A.</description></item></channel></rss>
            """;

        var item = Assert.Single(ArxivListingParser.Parse(rss, Fixtures.SeenAt).Items);

        Assert.Equal(("2604.00001", 3, AnnounceType.Replace), (item.Paper.Id, item.Paper.Version, item.AnnounceType!.Value));
        Assert.Equal("2604.00001v3", item.Paper.Sources[0].SourceId);
        Assert.Null(item.AnnouncedAt);
    }

    [Fact]
    public void Unknown_announce_type_is_skipped_with_the_reason()
    {
        const string rss = """
            <rss version="2.0" xmlns:arxiv="http://arxiv.org/schemas/atom"><channel><item><title>T</title>
            <guid>oai:arXiv.org:2604.00001v1</guid><arxiv:announce_type>absonly</arxiv:announce_type></item></channel></rss>
            """;

        var result = ArxivListingParser.Parse(rss, Fixtures.SeenAt);

        Assert.Equal(new ParseIssue("oai:arXiv.org:2604.00001v1 (item 1)", "unknown announce type 'absonly'"), Assert.Single(result.Skipped));
    }
}
