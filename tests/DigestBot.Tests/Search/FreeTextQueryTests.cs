using DigestBot.QueryLanguage;


namespace DigestBot.Tests.Search;

/// <summary>How search reads what is typed: free text when it uses no syntax, the query language otherwise.</summary>
public sealed class FreeTextQueryTests
{
    [Theory]
    [InlineData("making transformers deeper")]
    [InlineData("how can large language models be compressed without losing accuracy")]
    [InlineData("what is RLHF (reinforcement learning from human feedback)?")]
    [InlineData("Mix-LN: Unleashing the Power")]
    [InlineData("foo:bar transformers")]
    [InlineData("transformers - a survey")]
    [InlineData("GPT-3.5 vs. LLaMA: which is better?")]
    [InlineData("attention (")]
    [InlineData("does RLHF help?? really?!")]
    [InlineData("? attention")]
    [InlineData("what is in https://arxiv.org/list/cs.LG/new?skip=25 today")]
    public void A_query_without_syntax_is_free_text_and_never_refused(string text)
    {
        Assert.True(SearchQuery.TryParseSearch(text, out var query, out var error), error);
        Assert.True(query.IsFreeText);
        Assert.Equal(text, query.Text);
    }

    [Theory]
    [InlineData("2606.13106", "id:2606.13106")]
    [InlineData("  https://arxiv.org/abs/2606.13106v2 ", "id:2606.13106")]
    [InlineData("<https://huggingface.co/papers/2606.13106>", "id:2606.13106")]
    [InlineData("arxiv.org/abs/2606.13106?context=cs", "id:2606.13106")]
    [InlineData("https://doi.org/10.1038/s41586-021-03819-2", "id:doi:10.1038/s41586-021-03819-2")]
    [InlineData("2606.13106 https://arxiv.org/pdf/2606.13392 2606.13106", "(id:2606.13106 OR id:2606.13392)")]
    public void Paper_ids_and_links_alone_look_those_papers_up(string text, string expected)
    {
        Assert.True(SearchQuery.TryParseSearch(text, out var query, out var error), error);
        Assert.True(query.IsPaperLookup);
        Assert.False(query.IsFreeText);
        Assert.Equal(expected, query.ToString());
    }

    [Theory]
    [InlineData("what does 2606.13106 propose")]
    [InlineData("https://example.org/blog/post")]
    [InlineData("2606.13106 survey")]
    public void An_id_among_other_words_or_a_link_to_no_paper_stays_free_text(string text)
    {
        Assert.True(SearchQuery.TryParseSearch(text, out var query, out var error), error);
        Assert.False(query.IsPaperLookup);
        Assert.True(query.IsFreeText);
    }

    [Theory]
    [InlineData("layer AND normalization")]
    [InlineData("transformer OR attention")]
    [InlineData("transformer NOT vision")]
    [InlineData("transformer ANDNOT vision")]
    [InlineData("ti:transformer")]
    [InlineData("(ti:llm OR abs:llm) survey")]
    [InlineData("\"layer normalization\"")]
    [InlineData("transformer -survey")]
    [InlineData("+transformer attention")]
    [InlineData("normaliz*")]
    [InlineData("colo?r constancy")]
    [InlineData("wom?n in science")]
    [InlineData("cat:cs.LG")]
    public void Operators_fields_quotes_exclusions_and_wildcards_make_a_query_exact(string text)
    {
        Assert.True(SearchQuery.TryParseSearch(text, out var query, out var error), error);
        Assert.False(query.IsFreeText);
        Assert.Equal(SearchQuery.Parse(text).ToString(), query.ToString());
    }

    [Theory]
    [InlineData("how can large language models be compressed without losing accuracy", "large|language|models|compressed|losing|accuracy")]
    [InlineData("is there recent work on layer normalization?", "layer|normalization")]
    [InlineData("papers about diffusion models for audio", "diffusion|models|audio")]
    [InlineData("What are the best methods for pruning LLMs?", "best|methods|pruning|LLMs")]
    [InlineData("making transformers deeper", "transformers|deeper")]
    [InlineData("Pre-LN or Post-LN: which trains deeper networks?", "Pre-LN|Post-LN|trains|deeper|networks")]
    [InlineData("What’s new in video generation?", "video|generation")]
    [InlineData("what is new in speculative decoding", "speculative|decoding")]
    [InlineData("Is there anything new on Hinton’s capsule networks?", "Hinton's|capsule|networks")]
    [InlineData("new benchmarks for code agents", "new|benchmarks|code|agents")]
    [InlineData("new papers on agents", "agents")]
    [InlineData("any new work on speculative decoding?", "speculative|decoding")]
    [InlineData("new results in new optimizers", "new|optimizers")]
    public void Free_text_keeps_its_content_words_and_drops_question_and_filler_words(string text, string words)
    {
        var query = SearchQuery.ParseSearch(text);

        Assert.Equal(words.Split('|'), query.Words);
        Assert.Equal(query.Words.Count, query.Clauses);
    }

    [Theory]
    [InlineData("“layer normalization”", "\"layer normalization\"")]
    [InlineData("„layer normalization“ AND ti:transformer", "\"layer normalization\" AND ti:transformer")]
    [InlineData("transformer -“survey paper”", "transformer -\"survey paper\"")]
    public void Typographic_quotes_from_a_phone_quote_a_phrase_as_plain_ones_do_in_search_and_in_watches(string typed, string plain)
    {
        var search = SearchQuery.ParseSearch(typed);
        var watch = SearchQuery.Parse(typed);

        Assert.False(search.IsFreeText);
        Assert.Equal(SearchQuery.Parse(plain).ToString(), search.ToString());
        Assert.Equal(SearchQuery.Parse(plain).ToString(), watch.ToString());
        Assert.Equal(typed, search.Text);
    }

    [Fact]
    public void A_question_of_only_common_words_has_no_words_and_is_not_refused()
    {
        var query = SearchQuery.ParseSearch("what is it about?");

        Assert.True(query.IsFreeText);
        Assert.Empty(query.Words);
    }

    [Theory]
    [InlineData("foo:bar AND transformers", "unknown field 'foo:'")]
    [InlineData("(attention OR transformer", "unbalanced parentheses")]
    [InlineData("attention AND", "'AND' has nothing on its right")]
    [InlineData("\"large language", "unbalanced quotes")]
    [InlineData("“large language", "unbalanced quotes: the \" at character 1")]
    [InlineData("*former -survey", "leading wildcards are not supported")]
    [InlineData("-survey", "the query only excludes terms")]
    public void Operator_queries_keep_their_one_line_refusals_in_search(string text, string message)
    {
        Assert.False(SearchQuery.TryParseSearch(text, out var query, out var error));
        Assert.Null(query);
        Assert.StartsWith(message, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("foo:bar transformers", "unknown field 'foo:'")]
    [InlineData("attention -", "'-' has nothing after it")]
    [InlineData("attention (", "unbalanced parentheses")]
    public void What_search_reads_as_free_text_a_watch_still_reads_exactly(string text, string message)
    {
        Assert.True(SearchQuery.TryParseSearch(text, out _, out _));
        Assert.False(SearchQuery.TryParse(text, out _, out var error));
        Assert.StartsWith(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_exact_reading_of_free_text_still_requires_every_word_it_names()
    {
        var exact = SearchQuery.Parse("how do transformers work");

        Assert.False(exact.IsFreeText);
        Assert.Equal("(how AND do AND transformers AND work)", exact.ToString());
        Assert.Equal("(transformers AND work)", SearchQuery.ParseSearch("how do transformers work").ToString());
    }
}
