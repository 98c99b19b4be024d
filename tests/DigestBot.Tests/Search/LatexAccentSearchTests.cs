using DigestBot.Citations;
using DigestBot.Papers;
using DigestBot.Sources;
using DigestBot.Tests.Sources;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Search;

/// <summary>
/// arXiv writes accents in LaTeX (<c>R\'{e}nyi</c>); a paper is stored, shown, searched and cited with the letter
/// (<c>Rényi</c>), found by the word with or without its accent.
/// </summary>
public sealed class LatexAccentSearchTests : IDisposable
{
    private const string Entry = """
        <feed xmlns="http://www.w3.org/2005/Atom">
          <entry>
            <id>http://arxiv.org/abs/2401.00001v1</id>
            <published>2024-01-02T00:00:00Z</published>
            <updated>2024-01-02T00:00:00Z</updated>
            <title>Erd\H{o}s--R\'{e}nyi graphs and G\"odel's $\alpha$</title>
            <summary>On {\O}rsted's and Schr\"{o}dinger's work with $\'x$.</summary>
            <author><name>Kurt G\"{o}del</name></author>
            <author><name>Pál Erd\H{o}s</name></author>
          </entry>
        </feed>
        """;

    private readonly SearchHarness _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task A_recorded_arxiv_abstract_with_a_latex_accent_is_stored_in_unicode_and_found_with_or_without_the_accent()
    {
        await _bot.ImportAsync("arxiv_api_2016_classic_search_au-del_maestro_10_entries.xml");

        var paper = _bot.Papers.Find(PaperId.Parse("1412.6529"))!;
        Assert.StartsWith("We consider the Rényi entanglement entropy of bosonic Luttinger liquids", paper.Abstract, StringComparison.Ordinal);
        Assert.Contains("$\\delta$-function interacting bosons", paper.Abstract, StringComparison.Ordinal);
        Assert.Equal(["1412.6529"], _bot.Ids("renyi"));
        Assert.Equal(["1412.6529"], _bot.Ids("rényi"));
        Assert.Equal(["1412.6529"], _bot.Ids("abs:Rényi"));
        Assert.Contains("**Rényi**", _bot.Search("renyi").Hits[0].Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_paper_stored_with_latex_accents_before_is_rewritten_when_a_source_delivers_it_again()
    {
        // As an older DigestBot stored it: the abstract as arXiv wrote it, which "renyi" does not find.
        _bot.Papers.Upsert(TestPapers.Arxiv("1412.6529", version: 2) with
        {
            Title = "Particle partition entanglement of bosonic Luttinger liquids",
            Abstract = @"We consider the R\'{e}nyi entanglement entropy of bosonic Luttinger liquids",
        });
        Assert.Empty(_bot.Ids("renyi"));

        await _bot.ImportAsync("arxiv_api_2016_classic_search_au-del_maestro_10_entries.xml");

        Assert.StartsWith("We consider the Rényi entanglement entropy", _bot.Papers.Find(PaperId.Parse("1412.6529"))!.Abstract, StringComparison.Ordinal);
        Assert.Equal(["1412.6529"], _bot.Ids("renyi"));
    }

    [Fact]
    public void Titles_abstracts_and_author_names_from_the_arxiv_api_are_read_with_their_letters()
    {
        var paper = Assert.Single(ArxivApiParser.Parse(Entry, Fixtures.SeenAt).Items).Paper;

        Assert.Equal("Erdős--Rényi graphs and Gödel's $\\alpha$", paper.Title);
        Assert.Equal("On Ørsted's and Schrödinger's work with $\\'x$.", paper.Abstract);
        Assert.Equal(["Kurt Gödel", "Pál Erdős"], paper.Authors.Select(a => a.Name));
    }

    [Fact]
    public void Author_names_and_titles_from_the_arxiv_snapshot_are_read_with_their_letters()
    {
        const string line = """
            {"id":"2401.00002","authors":"K. G\\\"odel, P. Erd\\H{o}s","title":"On R\\'enyi's\n  entropy","abstract":"  Na\\\"{\\i}ve.\n","versions":[{"version":"v1","created":"Tue, 2 Jan 2024 00:00:00 GMT"}],"authors_parsed":[["G\\\"odel","K.",""],["Erd\\H{o}s","P.",""]]}
            """;

        var paper = Assert.Single(ArxivSnapshotParser.Parse(line, Fixtures.SeenAt).Items).Paper;

        Assert.Equal("On Rényi's entropy", paper.Title);
        Assert.Equal("Naïve.", paper.Abstract);
        Assert.Equal(["K. Gödel", "P. Erdős"], paper.Authors.Select(a => a.Name));
    }

    [Fact]
    public void Bibtex_cites_the_letters_rather_than_escaped_latex()
    {
        var paper = Assert.Single(ArxivApiParser.Parse(Entry, Fixtures.SeenAt).Items).Paper;

        var entry = BibTex.Format(paper);

        Assert.Contains("title = {{Erdős--Rényi} graphs and Gödel's ", entry, StringComparison.Ordinal);
        Assert.Contains("author = {Gödel, Kurt and Erdős, Pál}", entry, StringComparison.Ordinal);
        Assert.StartsWith("@misc{godel2024erdos,", entry, StringComparison.Ordinal);
    }
}
