using DigestBot.Papers;
using DigestBot.QueryLanguage;
using DigestBot.Search;
using DigestBot.Semantic;
using DigestBot.Sources;
using DigestBot.Tests.Search;
using DigestBot.Tests.Sources;

namespace DigestBot.Tests.Semantic;

[Collection(SemanticModelCollection.Name)]
public sealed class HybridSearchTests : IDisposable
{
    // The Curse of Depth in Large Language Models (page paper 3): its abstract speaks of layers, depth and LLMs.
    private const string CurseOfDepth = "2501.90003";
    private const string Question = "why do the top parts of big generative chatbots add almost nothing";

    private readonly SemanticHarness _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public void A_question_sharing_no_word_with_its_paper_finds_it_in_the_top_3_by_words_and_meaning()
    {
        var paper = DailyPapersPage.TitlesAndAbstracts[3];
        Assert.Empty(Words(Question).Intersect(Words(paper.Title + " " + paper.Abstract)));

        var keyword = Search(Question, SearchRetrieval.Keyword);
        var hybrid = Search(Question, mode: null);

        Assert.DoesNotContain(CurseOfDepth, keyword.Hits.Select(h => h.Id));
        Assert.Equal(SearchRetrieval.Hybrid, hybrid.Retrieval);
        Assert.Contains(CurseOfDepth, hybrid.Hits.Take(3).Select(h => h.Id));
        Assert.All(hybrid.Hits, h => Assert.Equal("hybrid", h.Mode));
        Assert.NotNull(Assert.Single(hybrid.Hits, h => h.Id == CurseOfDepth).Similarity);
    }

    [Fact]
    public void A_question_of_authors_names_alone_is_answered_by_its_words_with_no_paper_by_meaning()
    {
        // The recorded Hugging Face papers have authors (the page's have none); ArogyaSutra's include Tanmoy Kanti Halder.
        var named = HfDailyPapersParser.Parse(Fixtures.Recorded("hf_daily_papers_2026-06-12_latest_limit30.json"), Fixtures.SeenAt).Items;
        _bot.Get<PaperStore>().UpsertBatch([.. named.Select(i => i.Paper)]);

        var name = Search("Halder", mode: null);
        var misspeltFirstName = Search("Tanmay Halder", mode: null);
        var asked = Search("Halder", SearchRetrieval.Hybrid);
        var topic = Search("Halder medical reasoning", mode: null);

        Assert.Equal(["2606.13572"], name.Hits.Select(h => h.Id));
        Assert.Equal(
            "1 paper matches \u201CHalder\u201D (by words only, as the question names authors); showing 1\u20131:",
            SearchReplies.Summary(name));
        Assert.Equal(0, misspeltFirstName.ByMeaningOnly);
        Assert.Equal("2606.13572", misspeltFirstName.Hits[0].Id);
        Assert.Equal(SearchRetrieval.Hybrid, asked.Retrieval);
        Assert.All(asked.Hits.Where(h => h.ByMeaningAlone == true), h => Assert.True(h.Similarity >= SemanticThresholds.Near, $"{h.Id}: {h.Similarity}"));
        Assert.Equal(SearchRetrieval.Hybrid, topic.Retrieval);
    }

    [Fact]
    public void When_no_paper_reaches_a_match_the_nearest_are_shown_without_calling_them_far()
    {
        var results = Search("speech recognition", SearchRetrieval.Semantic);

        Assert.StartsWith("No paper is close enough in meaning to “speech recognition” to count as a match — showing the nearest", SearchReplies.Summary(results), StringComparison.Ordinal);
        Assert.Equal(10, results.Hits.Count);
        Assert.All(results.Hits, h => Assert.InRange(h.Similarity!.Value, SemanticThresholds.Near, SemanticThresholds.About));
    }

    [Fact]
    public void A_question_no_stored_paper_is_near_in_meaning_shows_no_paper_rather_than_the_nearest_of_another_field()
    {
        // The page is machine learning; its papers nearest "medieval french poetry" are at 0.10–0.15.
        var semantic = Search("medieval french poetry", SearchRetrieval.Semantic);
        var hybrid = Search("ancient pottery", mode: null); // ("medieval french poetry": "french" is a word of two translation papers)
        var since = Search("ancient pottery", mode: null, since: DailyPapersPage.Newest.AddDays(-10));
        var near = Search("robot manipulation", SearchRetrieval.Semantic);

        Assert.Empty(semantic.Hits);
        Assert.Equal("No paper is anywhere near “medieval french poetry” in meaning (vectors for all 94 papers)", SearchReplies.Summary(semantic));
        Assert.Empty(hybrid.Hits);
        Assert.Equal(0, hybrid.TotalHits);
        Assert.Equal("No papers match “ancient pottery” (none near it in meaning either; vectors for all 94 papers)", SearchReplies.Summary(hybrid));
        Assert.Empty(since.Hits);

        // A window no stored paper is in: that is the reason, not meaning.
        var future = SearchReplies.Summary(Search("sparse attention", mode: null, since: DailyPapersPage.Newest.AddDays(30)));
        Assert.StartsWith("No papers published since 2025-01-30 match “sparse attention”: no stored paper is that recent; ", future, StringComparison.Ordinal);
        Assert.DoesNotContain("meaning", future, StringComparison.Ordinal);

        // Only the nearest that are near are shown: "robot manipulation" has one paper at 0.2 and the rest below.
        var shown = Assert.Single(near.Hits);
        Assert.True(shown.Similarity >= SemanticThresholds.Near);
        Assert.Equal(1, near.TotalHits);
    }

    [Fact]
    public void The_reply_says_meaning_was_looked_at_and_how_much_of_the_corpus_has_vectors()
    {
        var hybrid = SearchReplies.Summary(Search(Question, mode: null));
        var semantic = SearchReplies.Summary(Search(Question, SearchRetrieval.Semantic));
        var keyword = SearchReplies.Summary(Search(Question, SearchRetrieval.Keyword));

        Assert.Contains("ranked by words and meaning, vectors for all 94 papers", hybrid, StringComparison.Ordinal);
        Assert.Contains("more by meaning alone", hybrid, StringComparison.Ordinal);
        Assert.Contains("in meaning to", semantic, StringComparison.Ordinal);
        Assert.Contains("vectors for all 94 papers", semantic, StringComparison.Ordinal);
        Assert.DoesNotContain("meaning", keyword, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_marks_each_hybrid_hit_found_by_meaning_alone_so_a_script_can_tell_a_question_no_word_matched()
    {
        var nonsense = Search("zzyzxqua", mode: null);
        var question = Search(Question, mode: null);
        var json = System.Text.Json.JsonDocument.Parse(DigestBot.Commands.JsonOutput.Serialize(question.Hits)).RootElement;

        Assert.Equal(SearchRetrieval.Hybrid, nonsense.Retrieval);
        Assert.Empty(nonsense.Hits); // the papers nearest a word no paper has are far: none is shown by meaning alone
        Assert.InRange(question.Hits.Count(h => h.ByMeaningAlone == true), 1, question.ByMeaningOnly);
        Assert.Contains(question.Hits, h => h.ByMeaningAlone == false);
        Assert.Equal(
            question.Hits.Select(h => h.ByMeaningAlone!.Value),
            json.EnumerateArray().Select(h => h.GetProperty("byMeaningAlone").GetBoolean()));
        Assert.All(Search(Question, SearchRetrieval.Keyword).Hits, h => Assert.Null(h.ByMeaningAlone));
    }

    [Fact]
    public void Date_order_lists_the_word_matches_and_the_papers_close_in_meaning_not_the_nearest_below_a_match()
    {
        var nonsense = Search("zzyzxqua", mode: null, sort: SearchSort.Date);
        var question = Search(Question, mode: null, sort: SearchSort.Date);
        var ranked = Search(Question, mode: null);

        // Ranked, the nearest papers follow the matches; by date they would stand among them as if they were some.
        Assert.Empty(nonsense.Hits);
        Assert.Equal(0, nonsense.TotalHits);
        Assert.Equal("No papers match “zzyzxqua” (none near it in meaning either; vectors for all 94 papers)", SearchReplies.Summary(nonsense));
        Assert.Contains(ranked.Hits, h => h.ByMeaningAlone == true && h.Similarity < SemanticThresholds.About);
        Assert.NotEmpty(question.Hits);
        Assert.All(question.Hits.Where(h => h.ByMeaningAlone == true), h => Assert.True(h.Similarity >= SemanticThresholds.About, $"{h.Id}: {h.Similarity}"));
        Assert.Equal([.. question.Hits.Select(h => h.Published).OrderDescending()], question.Hits.Select(h => h.Published));
    }

    [Fact]
    public void Operator_queries_stay_keyword_only_and_semantic_mode_refuses_them()
    {
        var exact = Search("\"layer normalization\" AND cat:cs.LG", mode: null);

        Assert.Equal(SearchRetrieval.Keyword, exact.Retrieval);
        Assert.All(exact.Hits, h => Assert.Equal("exact", h.Mode));
        var refused = Assert.Throws<DigestBot.Commands.CommandInputException>(() => Search("ti:depth", SearchRetrieval.Semantic));
        Assert.StartsWith("--mode semantic takes a question in plain words", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Semantic_mode_ranks_by_similarity_and_a_since_window_keeps_out_older_papers()
    {
        var since = DailyPapersPage.Newest.AddDays(-10);
        var all = Search(Question, SearchRetrieval.Semantic);
        var recent = Search(Question, SearchRetrieval.Semantic, since);

        Assert.Equal([.. all.Hits.Select(h => h.Similarity).OrderDescending()], all.Hits.Select(h => h.Similarity));
        Assert.All(recent.Hits, h => Assert.True(h.Published >= since.Date, h.Id));
    }

    private SearchResults Search(string text, SearchRetrieval? mode, DateTimeOffset? since = null, SearchSort? sort = null) =>
        _bot.Get<HybridSearch>().Search(new SearchRequest(SearchQuery.ParseSearch(text)) { Limit = 10, Since = since, Sort = sort }, mode);

    /// <summary>The words as the index analyses them (stemmed, stop words dropped).</summary>
    private static HashSet<string> Words(string text) =>
        [.. AnalysedTerms.Of(PaperAnalyzer.ForIndexing, IndexFields.Abstract, text)];
}
