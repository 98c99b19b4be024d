using CsCheck;
using DigestBot.QueryLanguage;
using DigestBot.Search;
using DigestBot.Tests.Search;

namespace DigestBot.Tests.PropertyBased;

/// <summary>
/// The query language, fed random and adversarial text: every query is either refused with one line, or parsed
/// within the limits (length, nesting, clauses) and then searched by Lucene on a real index without an exception.
/// </summary>
public sealed class SearchQueryProperties : IClassFixture<SearchQueryProperties.Index>
{
    private static readonly string[] Pieces =
    [
        "layer", "normalization", "transformer", "Pre-LN", "normaliz*", "te?t", "*x", "?", "*", "a", "the", "of", "2412.13795",
        "ti:", "au:", "abs:", "cat:", "id:", "all:", "foo:", "cs.LG", "cs.*", "del_maestro", "10.1145/3", "(", ")", "\"", "\\",
        ":", "AND", "OR", "NOT", "ANDNOT", "+", "-", " ", " ", " ", "é", "Ramírez", "\u0000", "\t", "\n", "12:30", "~2", "^3",
        "[", "]", "{", "}", "!", "&&", "||", "/", "\uD800",
    ];

    private static readonly Gen<string> Queries = Gen.Frequency(
        (4, Gen.Int[0, Pieces.Length - 1].Array[1, 60].Select(ix => string.Concat(ix.Select(i => Pieces[i])))),
        (3, Gen.Int[0, Pieces.Length - 1].Array[1, 40].Select(ix => string.Join(' ', ix.Select(i => Pieces[i])))),
        (1, Gen.String[0, 600]),
        (1, Gen.Int[1, 300].Select(n => new string('(', n) + "x" + new string(')', n))),
        (1, Gen.Int[1, 200].Select(n => string.Concat(Enumerable.Repeat("NOT ", n)) + "x")),
        (1, Gen.Int[1, 120].Select(n => string.Join(" OR ", Enumerable.Range(0, n).Select(i => $"w{i}")))));

    private readonly Index _index;

    public SearchQueryProperties(Index index)
    {
        _index = index;
    }

    [Fact]
    public void Any_text_is_refused_with_one_line_or_searched_without_an_exception() =>
        Property.Check(Queries, Holds, 2_000, 2201, Generators.Show, Shrinker.Text);

    private void Holds(string text)
    {
        if (!SearchQuery.TryParse(text, out var query, out var error))
        {
            Assert.False(string.IsNullOrWhiteSpace(error));
            Assert.DoesNotContain('\n', error);
            return;
        }

        Assert.InRange(query.Text.Length, 1, SearchQuery.MaxLength);
        Assert.InRange(query.Clauses, 1, SearchQuery.MaxClauses);
        // Each level of parentheses or NOT adds at most an OR, an AND and a NOT to the tree.
        Assert.InRange(QueryDepth.Of(query.Root), 0, 3 * (SearchQuery.MaxDepth + 1));
        var results = _index.Search(query);
        Assert.InRange(results.Hits.Count, 0, results.TotalHits);
    }

    /// <summary>One real index for the whole class: the recorded arXiv API page, searched by every generated query.</summary>
    public sealed class Index : IDisposable
    {
        private readonly SearchHarness _harness = new();
        private readonly Lock _lock = new();

        public Index()
        {
            _harness.ImportAsync("arxiv_api_2026-04_search_all-testing_10_entries.xml").GetAwaiter().GetResult();
        }

        public SearchResults Search(SearchQuery query)
        {
            lock (_lock)
            {
                return _harness.Get<SearchService>().Search(new SearchRequest(query) { Limit = 10 });
            }
        }

        public void Dispose() => _harness.Dispose();
    }
}
