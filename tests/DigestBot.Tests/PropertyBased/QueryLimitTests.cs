using DigestBot.QueryLanguage;


namespace DigestBot.Tests.PropertyBased;

/// <summary>
/// Queries past the limits are refused by the parser with one line, before anything reaches Lucene; and the inputs
/// <see cref="SearchQueryProperties"/> found, shrunk.
/// </summary>
public sealed class QueryLimitTests
{
    [Fact]
    public void A_lone_open_parenthesis_is_refused_as_unbalanced()
    {
        // Shrunk from a generated query: the parser read past the end and threw InvalidOperationException.
        Assert.False(SearchQuery.TryParse("(", out _, out var error));
        Assert.Equal("unbalanced parentheses: a '(' is never closed", error);
        Assert.False(SearchQuery.TryParse("ti:(", out _, out error));
        Assert.Equal("unbalanced parentheses: a '(' is never closed", error);
    }

    [Fact]
    public void Parentheses_nested_up_to_the_limit_parse_and_one_more_level_is_refused()
    {
        Assert.True(SearchQuery.TryParse(Nest(SearchQuery.MaxDepth, "layer"), out var query, out var error), error);
        Assert.Equal("layer", query.ToString());

        Assert.False(SearchQuery.TryParse(Nest(SearchQuery.MaxDepth + 1, "layer"), out _, out error));
        Assert.Equal($"query nested too deeply: more than {SearchQuery.MaxDepth} levels of parentheses and NOTs", error);
    }

    [Fact]
    public void Nots_count_towards_the_nesting_limit()
    {
        var nots = string.Concat(Enumerable.Repeat("NOT ", SearchQuery.MaxDepth));
        Assert.False(SearchQuery.TryParse($"a AND ({nots}b)", out _, out var error));
        Assert.StartsWith("query nested too deeply", error, StringComparison.Ordinal);
        Assert.True(SearchQuery.TryParse($"a AND (-b OR (c NOT d))", out _, out error), error);
    }

    [Fact]
    public void The_longest_and_widest_queries_allowed_parse_and_longer_or_wider_ones_are_refused()
    {
        Assert.True(SearchQuery.TryParse(new string('a', SearchQuery.MaxLength), out _, out var error), error);
        Assert.False(SearchQuery.TryParse(new string('a', SearchQuery.MaxLength + 1), out _, out error));
        Assert.Equal($"query too long: {SearchQuery.MaxLength + 1} characters (at most {SearchQuery.MaxLength})", error);

        Assert.True(SearchQuery.TryParse(Words(SearchQuery.MaxClauses), out _, out error), error);
        Assert.False(SearchQuery.TryParse(Words(SearchQuery.MaxClauses + 1), out _, out error));
        Assert.Equal($"too many clauses: {SearchQuery.MaxClauses + 1} terms and phrases (at most {SearchQuery.MaxClauses})", error);
    }

    [Fact]
    public void Nesting_hundreds_deep_is_refused_as_soon_as_it_passes_the_limit()
    {
        // 250 levels fit in 500 characters; the parser stops at level 9 rather than recursing through all of them.
        Assert.False(SearchQuery.TryParse(Nest(249, "x"), out _, out var error));
        Assert.StartsWith("query nested too deeply", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refusal_quoting_an_escaped_line_break_is_still_one_line()
    {
        // Shrunk from a generated query: "\" escapes the line break into the term the message quotes.
        Assert.False(SearchQuery.TryParse("*\\\n", out _, out var error));
        Assert.Equal("leading wildcards are not supported ('* '): start the term with at least one letter", error);
    }

    private static string Nest(int depth, string inner) => new string('(', depth) + inner + new string(')', depth);

    private static string Words(int n) => string.Join(" OR ", Enumerable.Range(0, n).Select(i => $"w{i}"));
}
