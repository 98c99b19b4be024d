using DigestBot.Citations;
using DigestBot.Papers;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Citations;

public class BibTexTests
{
    [Theory]
    [InlineData("1706.03762", "vaswani2017attention")]
    [InlineData("2405.13786", "ramirez2024explainable")]
    [InlineData("cond-mat/0412498", "delmaestro2004thermal")]
    [InlineData("1303.6954", "kulchytskyy2013local")]
    [InlineData("2503.05378", "kertusha2025survey")]
    [InlineData("2302.03287", "jalil2023chatgpt")]
    [InlineData("1201.4869", "delmaestro2012luttinger")]
    public void The_key_is_surname_year_and_first_title_word_that_is_not_a_stop_word(string id, string key)
    {
        var paper = id == "1706.03762" ? CitedPapers.Attention() : CitedPapers.Get(id);

        Assert.Equal(key, BibTex.Key(paper));
    }

    [Fact]
    public void A_journal_reference_in_no_common_form_is_kept_whole_as_a_note_of_a_misc_entry()
    {
        var entry = BibTex.Format(CitedPapers.Get("2405.13786"));

        Assert.StartsWith("@misc{ramirez2024explainable,\n", entry, StringComparison.Ordinal);
        Assert.Contains(
            "  note = {Proc. 2023 IEEE International Conference on Software Testing, Verification and Validation Workshops (ICSTW), pp. 66-69},\n",
            entry,
            StringComparison.Ordinal);
        Assert.DoesNotContain("journal =", entry, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cond-mat/0603029", "Phys. Rev. B", "74", "024520", "2006")]
    [InlineData("1201.4869", "Int. J. Mod. Phys. B", "26", "1244002", "2012")]
    [InlineData("1005.5383", "Physical Review B", "82", "060515(R)", "2010")]
    public void A_journal_reference_in_a_common_form_is_split_into_an_article(string id, string journal, string volume, string pages, string year)
    {
        var entry = BibTex.Format(CitedPapers.Get(id));

        Assert.StartsWith("@article{", entry, StringComparison.Ordinal);
        Assert.Contains($"  year = {{{year}}},\n  journal = {{{journal}}},\n  volume = {{{volume}}},\n  pages = {{{pages}}},\n", entry, StringComparison.Ordinal);
    }

    [Fact]
    public void A_preprint_without_a_journal_is_misc_and_an_old_style_id_keeps_its_archive()
    {
        var survey = BibTex.Format(CitedPapers.Get("2503.05378"));
        var old = BibTex.Format(CitedPapers.Get("cond-mat/0412498"));

        Assert.StartsWith("@misc{kertusha2025survey,\n  title = {A Survey on Web Testing: On the Rise of {AI} and Applications in Industry},", survey, StringComparison.Ordinal);
        Assert.DoesNotContain("journal =", survey, StringComparison.Ordinal);
        Assert.DoesNotContain("doi =", survey, StringComparison.Ordinal);
        Assert.Contains("  author = {Del Maestro, Adrian and Sachdev, Subir},\n", old, StringComparison.Ordinal);
        Assert.Contains("  eprint = {cond-mat/0412498},\n", old, StringComparison.Ordinal);
        Assert.Contains("  primaryClass = {cond-mat.str-el},\n", old, StringComparison.Ordinal);
    }

    [Fact]
    public void Special_characters_are_escaped_and_inner_capitals_protected()
    {
        var chatGpt = BibTex.Format(CitedPapers.Get("2302.03287"));
        var paper = CitedPapers.Attention() with { Title = "50% of $5 x_i & #tags {braced} ~ ^ \\ LLaMA" };

        Assert.Contains("title = {{ChatGPT} and Software Testing Education: Promises \\& Perils}", chatGpt, StringComparison.Ordinal);
        Assert.Equal(
            "50\\% of \\$5 x\\_i \\& \\#tags \\{braced\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{} {LLaMA}",
            BibTex.Title(paper.Title));
    }

    [Theory]
    [InlineData("Learning $k$-means with $O(n \\log n)$ queries", "Learning {$k$}-means with {$O(n \\log n)$} queries")]
    [InlineData("Scaling $\\mathcal{L}_{\\mathrm{CE}}$ in BERT", "Scaling {$\\mathcal{L}_{\\mathrm{CE}}$} in {BERT}")]
    [InlineData("$\\alpha$-Entropy of $10^{12}$-parameter models", "{$\\alpha$}-Entropy of {$10^{12}$}-parameter models")]
    public void Inline_math_in_a_title_stays_latex_in_braces(string title, string expected)
    {
        var entry = BibTex.Format(CitedPapers.Attention() with { Title = title });

        Assert.Contains($"  title = {{{expected}}},\n", entry, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("From $5 to $10 per GPU hour", "From \\$5 to \\$10 per {GPU} hour")]
    [InlineData("A $ sign, and $ x$ is no math", "A \\$ sign, and \\$ x\\$ is no math")]
    [InlineData("Braces $a}$ that do not balance", "Braces \\$a\\}\\$ that do not balance")]
    public void Dollar_signs_that_are_not_math_are_escaped(string title, string expected)
    {
        Assert.Equal(expected, BibTex.Title(title));
    }

    [Theory]
    [InlineData("Pricing at \\$5 a token", "Pricing at \\$5 a token")]
    [InlineData("R\\&D spending, 40\\% of it on $k$-NN", "{R\\&D} spending, 40\\% of it on {$k$}-{NN}")]
    [InlineData("The \\_ and \\# of TeX, and a bare \\ backslash", "The \\_ and \\# of {TeX}, and a bare \\textbackslash{} backslash")]
    public void Characters_a_tex_title_already_escapes_keep_one_backslash(string title, string expected)
    {
        Assert.Equal(expected, BibTex.Title(title));
    }

    [Fact]
    public void A_journal_paper_known_only_by_doi_has_no_arxiv_fields_and_links_the_doi()
    {
        var entry = BibTex.Format(TestPapers.Journal("10.1000/j.mach.2025.1"));

        Assert.Equal(
            """
            @article{lovelace2025journal,
              title = {A journal version},
              author = {Lovelace, Ada},
              year = {2025},
              journal = {J. Machines},
              volume = {12},
              pages = {1--10},
              doi = {10.1000/j.mach.2025.1},
              url = {https://doi.org/10.1000/j.mach.2025.1}
            }
            """,
            entry);
    }

    [Theory]
    [InlineData("ATLAS Collaboration", "{ATLAS Collaboration}")]
    [InlineData("Vaswani, Ashish", "Vaswani, Ashish")]
    [InlineData("Martin Luther King Jr.", "King, Jr., Martin Luther")]
    [InlineData("Ludwig van Beethoven", "van Beethoven, Ludwig")]
    [InlineData("Plato", "Plato")]
    public void Author_names_are_written_last_comma_first(string name, string written)
    {
        var paper = CitedPapers.Attention() with { Authors = [new Author(name)] };

        Assert.Contains($"  author = {{{written}}},", BibTex.Format(paper), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_recorded_paper_gives_balanced_braces_and_a_key_of_letters_and_digits()
    {
        foreach (var paper in CitedPapers.All)
        {
            var entry = BibTex.Format(paper);
            var unescaped = entry.Replace("\\{", string.Empty, StringComparison.Ordinal).Replace("\\}", string.Empty, StringComparison.Ordinal);
            Assert.Equal(unescaped.Count(c => c == '{'), unescaped.Count(c => c == '}'));
            Assert.Matches("^[a-z]+[0-9]{4}[a-z0-9]+$", BibTex.Key(paper));
        }
    }

    [Fact]
    public void A_shortened_author_list_ends_in_and_others()
    {
        var entry = BibTex.Format(CitedPapers.WithAuthors(30), maxAuthors: 3);

        Assert.Contains("  author = {Family1, Given1 and Family2, Given2 and Family3, Given3 and others},", entry, StringComparison.Ordinal);
    }
}
