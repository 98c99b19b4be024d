using DigestBot.QueryLanguage;


namespace DigestBot.Tests.Search;

/// <summary>The query language: what it accepts, how it groups, and the one-line message for each refusal.</summary>
public sealed class SearchQueryTests
{
    [Theory]
    [InlineData("transformer", "transformer")]
    [InlineData("large language models", "(large AND language AND models)")]
    [InlineData("\"layer normalization\" AND cat:cs.LG -survey", "(\"layer normalization\" AND cat:cs.LG AND NOT survey)")]
    [InlineData("a OR b c", "(a OR (b AND c))")]
    [InlineData("(a OR b) c", "((a OR b) AND c)")]
    [InlineData("a ANDNOT b", "(a AND NOT b)")]
    [InlineData("a NOT b", "(a AND NOT b)")]
    [InlineData("+a -b", "(a AND NOT b)")]
    [InlineData("ti:(attention OR transformer) au:del_maestro", "((ti:attention OR ti:transformer) AND au:del_maestro)")]
    [InlineData("TI:attention Abs:\"neural collapse\"", "(ti:attention AND abs:\"neural collapse\")")]
    [InlineData("ti: attention", "ti:attention")]
    [InlineData("cat:cs.* id:2412.13795v2 all:Pre-LN", "(cat:cs.* AND id:2412.13795v2 AND all:Pre-LN)")]
    [InlineData("id:10.1109/TPAMI.2016.2577031", "id:10.1109/TPAMI.2016.2577031")]
    [InlineData("Mix-LN: Unleashing the Power", "(Mix-LN: AND Unleashing AND the AND Power)")]
    [InlineData("Results: deep", "(Results AND deep)")]
    [InlineData("norm*liz? trans*", "(norm*liz? AND trans*)")]
    [InlineData("a OR NOT b", "(a OR NOT b)")]
    [InlineData("foo\\:bar", "foo:bar")]
    public void Accepted_queries_group_as_expected(string text, string canonical)
    {
        Assert.Equal(canonical, SearchQuery.Parse(text).ToString());
    }

    [Theory]
    [InlineData("\"large language models", "unbalanced quotes: the \" at character 1 is never closed")]
    [InlineData("ti:\"attention is all", "unbalanced quotes")]
    [InlineData("(attention OR transformer", "unbalanced parentheses: a '(' is never closed")]
    [InlineData("attention OR transformer)", "unbalanced parentheses: a ')' has no matching '('")]
    [InlineData("((a) b", "unbalanced parentheses")]
    [InlineData("attention AND", "'AND' has nothing on its right")]
    [InlineData("OR attention", "'OR' has nothing on its left")]
    [InlineData("attention AND OR transformer", "'AND' has nothing on its right")]
    [InlineData("attention ANDNOT", "'ANDNOT' has nothing on its right")]
    [InlineData("attention NOT", "'NOT' has nothing after it")]
    [InlineData("attention -", "'-' has nothing after it")]
    [InlineData("(attention AND)", "'AND' has nothing on its right")]
    [InlineData("ti:", "'ti:' has nothing after it")]
    [InlineData("attention ti: OR x", "'ti:' has nothing after it")]
    [InlineData("foo:bar", "unknown field 'foo:' (known fields: ti:, au:, abs:, cat:, id:, all:, like:, about:)")]
    [InlineData("title:attention", "unknown field 'title:' — did you mean ti:? (known fields: ti:, au:, abs:, cat:, id:, all:, like:, about:)")]
    [InlineData("author:Cooper AND cat:cs.AI", "unknown field 'author:' — did you mean au:?")]
    [InlineData("*former", "leading wildcards are not supported ('*former')")]
    [InlineData("ti:?ormer", "leading wildcards are not supported ('?ormer')")]
    [InlineData("cat:*", "leading wildcards are not supported")]
    [InlineData("id:nonsense", "id: 'nonsense' is not a paper id")]
    [InlineData("", "empty query")]
    [InlineData("   ", "empty query")]
    [InlineData("()", "empty parentheses")]
    [InlineData("\"\"", "empty quotes")]
    [InlineData("-survey", "the query only excludes terms")]
    [InlineData("NOT a AND NOT b", "the query only excludes terms")]
    public void Bad_queries_are_refused_with_one_line_saying_what_is_wrong(string text, string message)
    {
        Assert.False(SearchQuery.TryParse(text, out var query, out var error));
        Assert.Null(query);
        Assert.StartsWith(message, error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error);
        Assert.Equal(error, Assert.Throws<FormatException>(() => SearchQuery.Parse(text)).Message);
    }

    [Fact]
    public void A_query_longer_than_500_characters_is_refused()
    {
        var text = string.Join(' ', Enumerable.Repeat("transformers", 42));

        Assert.False(SearchQuery.TryParse(text, out _, out var error));
        Assert.Equal($"query too long: {text.Length} characters (at most 500)", error);
        Assert.True(SearchQuery.TryParse(text[..500].TrimEnd(), out _, out _));
    }

    [Fact]
    public void A_query_with_more_than_50_clauses_is_refused()
    {
        var fifty = string.Join(" OR ", Enumerable.Range(1, 50).Select(i => $"w{i}"));
        var fiftyOne = fifty + " -w51";

        Assert.Equal(50, SearchQuery.Parse(fifty).Clauses);
        Assert.False(SearchQuery.TryParse(fiftyOne, out _, out var error));
        Assert.Equal("too many clauses: 51 terms and phrases (at most 50)", error);
    }

    [Fact]
    public void The_parsed_tree_is_public_for_watches()
    {
        var query = SearchQuery.Parse("ti:\"curse of depth\" -au:smith");

        var and = Assert.IsType<AndNode>(query.Root);
        Assert.Equal(new TermNode(SearchField.Title, "curse of depth", Phrase: true), and.Children[0]);
        Assert.Equal(new NotNode(new TermNode(SearchField.Author, "smith")), and.Children[1]);
        Assert.Equal("ti:\"curse of depth\" -au:smith", query.Text);
        Assert.Equal(2, query.Clauses);
    }
}
