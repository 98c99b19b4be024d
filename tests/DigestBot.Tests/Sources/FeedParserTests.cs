using DigestBot.Papers;
using DigestBot.Sources;

namespace DigestBot.Tests.Sources;

public sealed class FeedParserTests
{
    private static ParseResult ParseSynthetic(string name, string source) =>
        FeedParser.Parse(Fixtures.Synthetic(name), source, Fixtures.SeenAt);

    [Fact]
    public void Rdf_journal_feed_reads_rss1_items_with_dc_and_prism()
    {
        var result = ParseSynthetic("journal_rdf_dc_prism.xml", SourceNames.Rss("Example-MI"));

        Assert.Null(result.Error);
        Assert.Empty(result.Skipped);
        Assert.Equal(3, result.Items.Count);
        var paper = result.Items[0].Paper;
        Assert.Equal("doi:10.1038/s42256-026-01001-1", paper.Id);
        Assert.Equal(["10.1038/s42256-026-01001-1"], paper.Dois);
        Assert.Equal("Learning to route with sparse experts", paper.Title);
        Assert.Equal(["Amélie Dubois", "Kenji Watanabe", "Oluwaseun Adeyemi"], paper.Authors.Select(a => a.Name));
        Assert.Equal(new DateTimeOffset(2026, 9, 14, 0, 0, 0, TimeSpan.Zero), paper.Published);
        Assert.EndsWith("Sparse experts route tokens & save compute.", paper.Abstract, StringComparison.Ordinal);
        Assert.DoesNotContain('<', paper.Abstract);
        Assert.Equal("https://journal.example.org/articles/s42256-026-01001-1", paper.Links.Abs);
        Assert.Equal([new SourceRecord("rss:example-mi", "https://journal.example.org/articles/s42256-026-01001-1", Fixtures.SeenAt)], paper.Sources);
    }

    [Fact]
    public void Rdf_item_takes_the_doi_from_dc_identifier_and_pairs_surname_first_creators()
    {
        var item = ParseSynthetic("journal_rdf_dc_prism.xml", "rss:example-mi").Items[1];

        Assert.Equal("doi:10.5555/jair.2026.42", item.Paper.Id);
        Assert.Equal(["J. Smith", "K. L. Jones"], item.Paper.Authors.Select(a => a.Name));
        Assert.Equal("Smith, J., Jones, K. L.", item.RawAuthors);
        Assert.Equal(["Planning", "Uncertainty"], item.Paper.Categories);
        Assert.Equal(new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero), item.Paper.Published);
        Assert.Equal("We revisit belief-space planning.", item.Paper.Abstract);
    }

    [Fact]
    public void Rdf_item_without_any_doi_is_keyed_by_its_link_and_its_html_is_stripped()
    {
        var paper = ParseSynthetic("journal_rdf_dc_prism.xml", "rss:example-mi").Items[2].Paper;

        Assert.Equal(FeedItemKey.ForLink("https://journal.example.org/news/editorial-september")!.Key, paper.Id);
        Assert.StartsWith("src:feed:", paper.Id, StringComparison.Ordinal);
        Assert.Equal([PaperId.FromSource("rss:example-mi", "https://journal.example.org/news/editorial-september").Key], paper.FormerKeys);
        Assert.Empty(paper.Dois);
        Assert.Equal("This month\u2019s issue collects work on sparsity.", paper.Abstract);
        Assert.Equal(new DateTimeOffset(2026, 9, 10, 9, 30, 0, TimeSpan.FromHours(2)), paper.Published);
        Assert.Equal(["The Editors"], paper.Authors.Select(a => a.Name));
    }

    [Fact]
    public void Atom_journal_entry_with_a_doi_id_reads_html_title_authors_dates_and_pdf()
    {
        var paper = ParseSynthetic("journal_atom_feed.xml", SourceNames.Feed).Items[0].Paper;

        Assert.Equal("doi:10.1145/3650000.3650001", paper.Id);
        Assert.Equal("Robust streaming parsers for feeds & APIs", paper.Title);
        Assert.Equal("Parsers that skip bad items and keep the rest.", paper.Abstract);
        Assert.Equal(["Søren Kierkegaard-Lund", "Mei Chen"], paper.Authors.Select(a => a.Name));
        Assert.Equal(new DateTimeOffset(2026, 9, 12, 0, 0, 0, TimeSpan.Zero), paper.Published);
        Assert.Equal(new DateTimeOffset(2026, 9, 14, 10, 15, 0, TimeSpan.Zero), paper.Updated);
        Assert.Equal(["Information systems"], paper.Categories);
        Assert.Equal("https://dl.example.org/doi/10.1145/3650000.3650001", paper.Links.Abs);
        Assert.Equal("https://dl.example.org/doi/pdf/10.1145/3650000.3650001", paper.Links.Pdf);
        Assert.Equal("feed", paper.Sources[0].Source);
        Assert.Equal("https://doi.org/10.1145/3650000.3650001", paper.Sources[0].SourceId);
    }

    [Fact]
    public void Atom_entry_whose_doi_is_only_in_the_body_is_keyed_by_that_doi_not_a_cited_one()
    {
        var paper = ParseSynthetic("journal_atom_feed.xml", SourceNames.Feed).Items[1].Paper;

        Assert.Equal("doi:10.9999/tops.77", paper.Id);
        Assert.Equal(["10.9999/tops.77"], paper.Dois);
        Assert.Equal(new DateTimeOffset(2026, 9, 11, 12, 0, 0, TimeSpan.FromHours(1)), paper.Published);
        Assert.Equal("tag:dl.example.org,2026:tops-77", paper.Sources[0].SourceId);
    }

    [Fact]
    public void Atom_entry_linking_an_arxiv_abstract_becomes_that_arxiv_paper()
    {
        var paper = ParseSynthetic("journal_atom_feed.xml", SourceNames.Feed).Items[2].Paper;

        Assert.Equal("2609.01234", paper.Id);
        Assert.Equal(2, paper.Version);
        Assert.Equal("https://arxiv.org/pdf/2609.01234", paper.Links.Pdf);
        Assert.Equal(["Zoë Alvarez-Núñez"], paper.Authors.Select(a => a.Name));
    }

    [Fact]
    public void Rss2_item_with_a_doi_guid_splits_one_joined_creator_string()
    {
        var item = ParseSynthetic("journal_rss2_feed.xml", "rss:neunet").Items[0];

        Assert.Equal("doi:10.1016/j.neunet.2026.106001", item.Paper.Id);
        Assert.Equal(["Ana Souza", "Bo Li", "Carla Rossi"], item.Paper.Authors.Select(a => a.Name));
        Assert.Equal("Ana Souza, Bo Li and Carla Rossi", item.RawAuthors);
        Assert.Equal("Abstract: Noise in the gradient acts like weight decay.", item.Paper.Abstract);
        Assert.Equal(new DateTimeOffset(2026, 9, 15, 8, 0, 0, TimeSpan.Zero), item.Paper.Published);
        Assert.Equal(["Optimization"], item.Paper.Categories);
    }

    [Fact]
    public void Rss2_item_with_the_doi_only_in_its_link_and_a_named_time_zone()
    {
        var paper = ParseSynthetic("journal_rss2_feed.xml", "rss:neunet").Items[1].Paper;

        Assert.Equal("doi:10.1007/s10994-026-06500-2", paper.Id);
        Assert.Equal(["Dana Kim"], paper.Authors.Select(a => a.Name));
        Assert.Equal(new DateTimeOffset(2026, 9, 14, 17, 45, 0, TimeSpan.FromHours(-5)), paper.Published);
    }

    [Fact]
    public void Rss2_item_without_a_doi_is_keyed_by_its_guid()
    {
        var paper = ParseSynthetic("journal_rss2_feed.xml", "rss:neunet").Items[2].Paper;

        Assert.Equal(FeedItemKey.ForLink("https://blog.example.com/?p=1234")!.Key, paper.Id);
        Assert.Equal(new DateTimeOffset(2026, 9, 14, 10, 0, 0, TimeSpan.FromHours(2)), paper.Published);
        Assert.Equal(Fixtures.SeenAt, paper.FirstSeen);
    }

    [Fact]
    public void Recorded_arxiv_listing_also_reads_as_a_generic_feed_keyed_by_arxiv_id()
    {
        var result = FeedParser.Parse(Fixtures.Recorded("arxiv_rss_2026-04-27_cs.AI_trimmed_3_items.xml"), "rss:arxiv-cs-ai", Fixtures.SeenAt);

        Assert.Equal(["2604.21935", "2604.21936", "2604.21937"], result.Items.Select(i => i.Paper.Id));
        Assert.Equal(1, result.Items[0].Paper.Version);
        Assert.Equal(["Michael Cooper", "Samuel Cooper"], result.Items[0].Paper.Authors.Select(a => a.Name));
    }

    [Fact]
    public void Recorded_arxiv_api_feed_also_reads_as_a_generic_atom_feed()
    {
        var result = FeedParser.Parse(Fixtures.Recorded("arxiv_api_2026-04_search_all-testing_10_entries.xml"), SourceNames.Feed, Fixtures.SeenAt);

        Assert.Equal(10, result.Items.Count);
        Assert.Equal("2202.12139", result.Items[0].Paper.Id);
        Assert.Equal(["Aurora Ramírez", "Mario Berrios", "José Raúl Romero", "Robert Feldt"], result.Items[1].Paper.Authors.Select(a => a.Name));
    }
}
