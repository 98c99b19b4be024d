using System.Text.RegularExpressions;
using DigestBot.Papers;
using DigestBot.QueryLanguage;
using DigestBot.Search;

namespace DigestBot.Summaries;

/// <summary>
/// Whether a paper says what a topic query asked for, and not only what the search index's stemmer made of it: the
/// index finds "normalization" in a paper that says "Normal" (both stem to "normal"), and a window of such papers turns
/// into a "COVID-19" theme under a query about normalization. A query word counts as said when the paper has the word,
/// a plural or -ing/-ed form of it, or a word sharing at least 60% of the longer one's letters from the start
/// ("normalized" for "normalization", not "normal").
/// </summary>
internal static partial class QueryEvidence
{
    private const double SharedPrefix = 0.6;
    private const int LooseEnding = 3;

    /// <summary>
    /// True when the paper's title or abstract (or, for a term of no field, an author's name: <c>summary --topic Halder</c>)
    /// says every word of at least one term the query looks for in them, or the query has no such term (only authors,
    /// categories, ids or wildcards, which the stemmer does not touch).
    /// </summary>
    public static bool SaysAnyTerm(SearchQuery query, Paper paper)
    {
        var terms = Terms(query.Root).ToList();
        if (terms.Count == 0)
        {
            return true;
        }

        var words = Words(paper.Title + " " + paper.Abstract).ToHashSet(StringComparer.Ordinal);
        var names = Words(string.Join(' ', paper.Authors.Select(a => a.Name))).Select(PaperAnalyzer.Fold).ToHashSet(StringComparer.Ordinal);
        return terms.Any(term => term.Words.All(q => words.Any(w => SameWord(q, w)) || (term.ByName && names.Contains(PaperAnalyzer.Fold(q)))));
    }

    public static bool SameWord(string query, string word)
    {
        if (query == word)
        {
            return true;
        }

        var (a, b) = (TextTokens.Stem(query), TextTokens.Stem(word));
        if (a == b || (a.Length >= 4 && b.Length >= 4 && Math.Abs(a.Length - b.Length) <= LooseEnding && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal))))
        {
            return true;
        }

        var prefix = 0;
        while (prefix < query.Length && prefix < word.Length && query[prefix] == word[prefix])
        {
            prefix++;
        }

        return prefix >= 4 && prefix >= SharedPrefix * Math.Max(query.Length, word.Length);
    }

    /// <summary>
    /// The words of each term a query needs in titles or abstracts (not under NOT), lower case, and whether an author's
    /// name says it too (a term of no field: the index looks for it among authors as well).
    /// </summary>
    private static IEnumerable<(string[] Words, bool ByName)> Terms(QueryNode node) => node switch
    {
        TermNode { IsWildcard: false, Field: SearchField.Default or SearchField.Title or SearchField.Abstract or SearchField.All } term =>
            Words(term.Text.Replace('_', ' ')).ToArray() is { Length: > 0 } words ? [(words, term.Field is SearchField.Default or SearchField.All)] : [],
        AndNode and => and.Children.SelectMany(Terms),
        OrNode or => or.Children.SelectMany(Terms),
        _ => [],
    };

    private static IEnumerable<string> Words(string text) => Word().Matches(text.ToLowerInvariant()).Select(m => m.Value);

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
