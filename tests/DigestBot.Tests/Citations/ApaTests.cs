using DigestBot.Citations;
using DigestBot.Papers;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Citations;

public class ApaTests
{
    [Fact]
    public void A_preprint_cites_arxiv_and_its_datacite_doi()
    {
        Assert.Equal(
            "Kertusha, I., Assress, G., Duman, O., & Arcuri, A. (2025). A Survey on Web Testing: On the Rise of AI and Applications in Industry. arXiv. https://doi.org/10.48550/arXiv.2503.05378",
            Apa.Format(CitedPapers.Get("2503.05378")));
    }

    [Fact]
    public void A_title_with_tex_is_cited_as_readable_text()
    {
        Assert.Equal(
            "Turing, A. (2024). R&D spending, 40% of it on k-NN. arXiv. https://doi.org/10.48550/arXiv.2401.07002",
            Apa.Format(TexPapers.Get(TexPapers.Spending)));
        Assert.Equal(
            "Lovelace, A. (2024). Learning k-means with O(n log n) queries. arXiv. https://doi.org/10.48550/arXiv.2401.07001",
            Apa.Format(TexPapers.Get(TexPapers.Planning)));
    }

    [Fact]
    public void A_paper_with_a_journal_names_it_and_links_the_journal_doi()
    {
        Assert.Equal(
            "Ramírez, A., Berrios, M., Romero, J. R., & Feldt, R. (2024). Towards Explainable Test Case Prioritisation with Learning-to-Rank Models. Proc. 2023 IEEE International Conference on Software Testing, Verification and Validation Workshops (ICSTW), pp. 66-69. https://doi.org/10.1109/icstw58534.2023.00023",
            Apa.Format(CitedPapers.Get("2405.13786")));
        Assert.Equal(
            "Lovelace, A. (2025). A journal version. J. Machines, 12, 1–10. https://doi.org/10.1000/j.mach.2025.1",
            Apa.Format(TestPapers.Journal("10.1000/j.mach.2025.1")));
    }

    [Fact]
    public void Two_word_surnames_and_initials_already_abbreviated_are_kept()
    {
        Assert.StartsWith(
            "Kulchytskyy, B., Gervais, G., & Del Maestro, A. (2013). Local Superfluidity at the Nanoscale. Physical Review B, 88, 064512. https://doi.org/10.1103/",
            Apa.Format(CitedPapers.Get("1303.6954")),
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "Family1, G. (2017).")]
    [InlineData(2, "Family1, G., & Family2, G. (2017).")]
    [InlineData(3, "Family1, G., Family2, G., & Family3, G. (2017).")]
    public void Short_author_lists_join_the_last_with_an_ampersand(int count, string start)
    {
        Assert.StartsWith(start, Apa.Format(CitedPapers.WithAuthors(count)), StringComparison.Ordinal);
    }

    [Fact]
    public void Twenty_authors_are_all_listed_and_twenty_one_give_nineteen_an_ellipsis_and_the_last()
    {
        var twenty = Apa.Authors(CitedPapers.WithAuthors(20).Authors);
        var many = Apa.Authors(CitedPapers.WithAuthors(21).Authors);

        Assert.EndsWith("Family19, G., & Family20, G.", twenty, StringComparison.Ordinal);
        Assert.Equal(20, twenty.Split("Family").Length - 1);
        Assert.EndsWith("Family19, G., . . . Family21, G.", many, StringComparison.Ordinal);
        Assert.DoesNotContain("Family20", many, StringComparison.Ordinal);
        Assert.DoesNotContain("&", many, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Jean-Pierre Serre", "Serre, J.-P.")]
    [InlineData("C. M. Herdman", "Herdman, C. M.")]
    [InlineData("J.R. Smith", "Smith, J. R.")]
    [InlineData("H1 Collaboration", "H1 Collaboration")]
    [InlineData("Martin Luther King Jr.", "King, M. L., Jr.")]
    public void Given_names_become_initials(string name, string cited)
    {
        Assert.Equal(cited, Apa.Authors([new Author(name)]));
    }
}
