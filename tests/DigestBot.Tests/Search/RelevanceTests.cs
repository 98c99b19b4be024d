namespace DigestBot.Tests.Search;

/// <summary>Ranking and matching on a real corpus: the recorded source fixtures and the real daily papers page.</summary>
public sealed class RelevanceTests(RealCorpus corpus) : IClassFixture<RealCorpus>
{
    private static readonly string[] DelMaestroPapers =
    [
        "0807.2873", "cond-mat/0702661", "cond-mat/0607501", "1412.6529", "1312.6177",
        "1303.6954", "1005.5383", "cond-mat/0603029", "cond-mat/0412498", "1201.4869",
    ];

    private SearchHarness Bot => corpus.Harness;

    private static string Page(int index) => DailyPapersPage.Id(index);

    private static int OnPage(string title) =>
        DailyPapersPage.TitlesAndAbstracts.Select((e, i) => (e.Title, i)).Single(e => e.Title.StartsWith(title, StringComparison.Ordinal)).i;

    [Fact]
    public void The_daily_page_loader_reads_every_title_and_abstract_and_no_page_chrome()
    {
        var entries = DailyPapersPage.TitlesAndAbstracts;

        Assert.Equal(94, entries.Count);
        Assert.StartsWith("Mix-LN: Unleashing the Power of Deeper Layers", entries[0].Title, StringComparison.Ordinal);
        Assert.StartsWith("Large Language Models (LLMs) have achieved remarkable success", entries[0].Abstract, StringComparison.Ordinal);
        Assert.Equal("A Deep Look into Neural Ranking Models for Information Retrieval", entries[^1].Title);
        Assert.DoesNotContain(entries, e => e.Title.Contains("Subscribe", StringComparison.Ordinal) || e.Title.Contains("Daily Papers", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ti:curses", "The Curse of Depth in Large Language Models")]
    [InlineData("ti:quantized", "Model compression via distillation and quantization")]
    [InlineData("ti:normalizing", "Evolving Normalization-Activation Layers")]
    [InlineData("ti:pruned", "Pruning Deep Neural Networks from a Sparsity Perspective")]
    public void Stemming_finds_other_forms_of_a_word(string query, string title)
    {
        Assert.Contains(Page(OnPage(title)), Bot.Ids(query));
    }

    [Fact]
    public void A_prefix_finds_words_whose_stem_is_shorter_than_the_prefix()
    {
        // Porter stems "normalization" to "normal": the unstemmed form in the index is what normaliz* finds.
        var ids = Bot.Ids("ti:normaliz*");

        Assert.Contains(Page(OnPage("Evolving Normalization-Activation Layers")), ids);
        Assert.Contains(Page(OnPage("Mix-LN")), Bot.Ids("abs:normaliz*"));
    }

    [Fact]
    public void A_phrase_matches_the_words_together_and_a_bag_of_words_matches_them_anywhere()
    {
        var phrase = Bot.Search("\"neural collapse\"").Hits;
        var words = Bot.Search("neural collapse").Hits;

        Assert.NotEmpty(phrase);
        Assert.True(words.Count > phrase.Count, $"{words.Count} bag-of-words hits, {phrase.Count} phrase hits");
        Assert.Subset(words.Select(h => h.Id).ToHashSet(), phrase.Select(h => h.Id).ToHashSet());
        foreach (var hit in phrase)
        {
            var (title, text) = DailyPapersPage.TitlesAndAbstracts[int.Parse(hit.Id[^5..], System.Globalization.CultureInfo.InvariantCulture) - 90000];
            Assert.Contains("neural collapse", (title + " " + text).ToLowerInvariant(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Adding_a_word_narrows_the_results_and_OR_widens_them()
    {
        var language = Bot.Ids("language").ToHashSet();
        var languageModels = Bot.Ids("language models").ToHashSet();
        var narrower = Bot.Ids("language models depth").ToHashSet();
        var either = Bot.Ids("depth OR quantization").ToHashSet();

        Assert.Subset(language, languageModels);
        Assert.Subset(languageModels, narrower);
        Assert.True(narrower.Count < languageModels.Count && languageModels.Count <= language.Count);
        Assert.Superset(Bot.Ids("depth").ToHashSet(), either);
        Assert.Superset(Bot.Ids("quantization").ToHashSet(), either);
    }

    [Fact]
    public void Title_and_abstract_prefixes_search_only_their_field()
    {
        var title = Bot.Search("ti:maestro").Hits;
        var everywhere = Bot.Ids("maestro");

        Assert.Equal([Page(OnPage("Maestro: Uncovering Low-Rank"))], title.Select(h => h.Id));
        Assert.Contains(Page(OnPage("Maestro: Uncovering Low-Rank")), everywhere);
        Assert.Subset(everywhere.ToHashSet(), DelMaestroPapers.ToHashSet());
        Assert.All(Bot.Search("abs:hopfield").Hits, h => Assert.Contains("hopfield", DailyAbstract(h.Id).ToLowerInvariant(), StringComparison.Ordinal));
        Assert.DoesNotContain(Bot.Ids("abs:maestro"), DelMaestroPapers.Contains);
    }

    [Fact]
    public void Au_with_underscores_is_a_name_phrase_as_on_arxiv()
    {
        Assert.Equal(DelMaestroPapers.Order(StringComparer.Ordinal), Bot.Ids("au:del_maestro").Order(StringComparer.Ordinal));
        Assert.Equal(DelMaestroPapers.Order(StringComparer.Ordinal), Bot.Ids("au:\"Del Maestro\"").Order(StringComparer.Ordinal));

        // "del" alone also finds Alberto Del Bimbo; the phrase does not.
        Assert.Contains("2606.12488", Bot.Ids("au:del"));
        Assert.DoesNotContain("2606.12488", Bot.Ids("au:del_maestro"));
    }

    [Theory]
    [InlineData("au:Ramirez", "2405.13786")]
    [InlineData("au:ramírez", "2405.13786")]
    [InlineData("Ramirez", "2405.13786")]
    [InlineData("au:Wubben", "1707.08567")]
    [InlineData("au:Frasincar", "doi:10.1109/tkde.2021.3126456")]
    [InlineData("au:niccolo", "2606.12488")]
    public void Accented_author_names_are_found_without_their_accents(string query, string id)
    {
        Assert.Contains(id, Bot.Ids(query));
    }

    [Fact]
    public void Accents_in_titles_fold_too()
    {
        Assert.Equal([Page(OnPage("Poincaré ResNet"))], Bot.Ids("ti:poincare"));
    }

    [Theory]
    [InlineData("id:1706.03762", "1706.03762")]
    [InlineData("id:1706.03762v5", "1706.03762")]
    [InlineData("id:https://arxiv.org/abs/cond-mat/0702661v2", "cond-mat/0702661")]
    [InlineData("id:10.1109/TPAMI.2016.2577031", "1506.01497")]
    [InlineData("id:doi:10.1037/h0032198", "doi:10.1037/h0032198")]
    [InlineData("all:1706.03762", "1706.03762")]
    public void Id_finds_a_paper_by_any_of_its_ids_and_dois(string query, string id)
    {
        Assert.Equal([id], Bot.Ids(query));
    }

    [Fact]
    public void ANDNOT_and_minus_exclude_papers_with_the_term()
    {
        var all = Bot.Ids("transformer");
        var withVision = Bot.Ids("transformer vision");
        var andNot = Bot.Ids("transformer ANDNOT vision");

        Assert.NotEmpty(withVision);
        Assert.Equal(all.Except(withVision).Order(StringComparer.Ordinal), andNot.Order(StringComparer.Ordinal));
        Assert.Equal(andNot.Order(StringComparer.Ordinal), Bot.Ids("transformer -vision").Order(StringComparer.Ordinal));
        Assert.Equal(andNot.Order(StringComparer.Ordinal), Bot.Ids("transformer NOT vision").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Categories_match_whole_by_prefix_and_by_archive()
    {
        var softwareEngineering = Bot.Ids("cat:cs.SE");

        Assert.Equal(9, softwareEngineering.Count);
        Assert.Equal(softwareEngineering.Order(StringComparer.Ordinal), Bot.Ids("cat:cs.se").Order(StringComparer.Ordinal));
        Assert.Equal(["2005.14124", "2202.12139"], Bot.Ids("cat:cs.SE AND cat:cs.LG").Order(StringComparer.Ordinal));
        Assert.Equal(["astro-ph/0601001"], Bot.Ids("cat:astro-ph"));
        Assert.Equal(Bot.Ids("cat:cond-mat.*").Order(StringComparer.Ordinal), Bot.Ids("cat:cond-mat").Order(StringComparer.Ordinal));
        Assert.Equal(10, Bot.Ids("cat:cond-mat").Count);
        Assert.Equal(["2104.12255"], Bot.Ids("cat:cs.* AND id:2104.12255")); // cat:cs.* finds more than a page, newest first
    }

    [Fact]
    public void A_date_window_keeps_only_papers_published_since()
    {
        var since = new DateTimeOffset(2026, 6, 10, 0, 0, 0, TimeSpan.Zero);

        var recent = Bot.Search("all:model OR all:agent OR all:learning", since: since).Hits;
        var any = Bot.Search("all:model OR all:agent OR all:learning").Hits;

        Assert.NotEmpty(recent);
        Assert.True(any.Count > recent.Count);
        Assert.All(recent, h => Assert.True(h.Published >= since, $"{h.Id} published {h.Published}"));
        Assert.Contains(any, h => h.Published < since);
    }

    [Theory]
    [InlineData("hypothesis", "The Information Pathways Hypothesis")]
    [InlineData("autoencoder", "Deep Clustering via Joint Convolutional Autoencoder")]
    [InlineData("translation", "Google's Neural Machine Translation System")]
    [InlineData("retrieval", "A Deep Look into Neural Ranking Models for Information Retrieval")]
    [InlineData("noise", "Adding Gradient Noise Improves Learning")]
    public void A_title_match_ranks_above_abstract_only_matches(string word, string title)
    {
        var hits = Bot.Search(word).Hits;
        var inTitle = hits.Select(h => h.Title.Contains(word, StringComparison.OrdinalIgnoreCase)).ToList();

        // Every title match first (some other titles have the word too), then the abstract-only matches.
        Assert.Equal(inTitle.OrderByDescending(t => t), inTitle);
        Assert.Contains(Page(OnPage(title)), hits.Where((_, i) => inTitle[i]).Select(h => h.Id));
        Assert.True(inTitle.Count(t => !t) >= 2, $"'{word}' is in other abstracts too");
    }

    [Fact]
    public void Snippets_mark_the_matched_words_in_bold()
    {
        var hit = Bot.Search("ti:curse AND abs:depth", limit: 1).Hits.Single();

        Assert.Contains("**Depth**", hit.Snippet, StringComparison.Ordinal);
        Assert.Contains("**Curse**", hit.Snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("****", hit.Snippet, StringComparison.Ordinal);
        Assert.True(hit.Snippet.Length <= 300, hit.Snippet);
    }

    [Fact]
    public void Snippets_mark_words_a_prefix_matched_and_phrases_whole()
    {
        var prefix = Bot.Search("abs:normaliz*").Hits.Single(h => h.Id == Page(OnPage("Mix-LN")));
        var phrase = Bot.Search("\"neural collapse\"").Hits[0];

        Assert.Contains("**Normalization**", prefix.Snippet, StringComparison.Ordinal);
        Assert.Matches(@"\*\*[Nn]eural\*\* \*\*[Cc]ollapse\*\*", phrase.Snippet);
    }

    [Fact]
    public void Pages_of_results_share_the_total_and_do_not_overlap()
    {
        var first = Bot.Search("deep", limit: 5);
        var second = Bot.Search("deep", limit: 5, offset: 5);
        var all = Bot.Search("deep", limit: 10);

        Assert.True(first.TotalHits > 10);
        Assert.Equal(first.TotalHits, second.TotalHits);
        Assert.Equal(all.Hits.Select(h => h.Id), first.Hits.Concat(second.Hits).Select(h => h.Id));
    }

    [Fact]
    public void Stop_words_drop_out_and_a_query_of_stop_words_only_matches_nothing()
    {
        Assert.Equal(0, Bot.Search("the of and").TotalHits);
        Assert.Equal(0, Bot.Search("ti:the -survey").TotalHits);
        Assert.Equal(Bot.Ids("curse depth"), Bot.Ids("the curse of depth"));
    }

    private static string DailyAbstract(string id) =>
        DailyPapersPage.TitlesAndAbstracts[int.Parse(id[^5..], System.Globalization.CultureInfo.InvariantCulture) - 90000].Abstract;
}
