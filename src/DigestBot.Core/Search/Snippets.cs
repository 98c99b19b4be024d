using DigestBot.Commands;
using DigestBot.QueryLanguage;
using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace DigestBot.Search;

/// <summary>
/// The passage of an abstract that best matches a query, with the matched words in <c>**bold**</c> (Markdown, which
/// Discord renders and terminals read). The query's terms from every field count, so <c>ti:transformer</c> marks
/// "transformers" in the abstract too. An abstract without a match gives its opening words.
/// </summary>
internal sealed class Snippets
{
    public const int Length = 240;
    private const string Mark = "**";
    private const string Ellipsis = "…";

    private readonly Highlighter _highlighter;
    private readonly Analyzer _analyzer;
    private readonly Query _query;
    private readonly IReadOnlyDictionary<Query, Func<string, bool>> _wildcards;

    /// <param name="query">The Lucene form of <paramref name="parsed"/>, as searched.</param>
    /// <param name="parsed">The query as parsed, which says whether it has wildcards.</param>
    public Snippets(Query query, SearchQuery parsed)
        : this(query, parsed.HasWildcards)
    {
    }

    /// <param name="query">The Lucene query searched.</param>
    /// <param name="wildcards">Whether it has wildcards.</param>
    public Snippets(Query query, bool wildcards)
    {
        // Query terms are stems, so the stems-only analysis of the text is enough to find them and twice as fast;
        // a wildcard can also match an unstemmed word ("normaliz*"), which only the index's analysis keeps.
        _analyzer = wildcards ? PaperAnalyzer.ForIndexing : PaperAnalyzer.ForQueries;
        _query = Highlighted(query);
        _wildcards = wildcards ? WildcardExpansion.Find(_query) : new Dictionary<Query, Func<string, bool>>();
        _highlighter = HighlighterFor(_query);
    }

    private static Highlighter HighlighterFor(Query query)
    {
        var scorer = new QueryScorer(query);
        return new Highlighter(new SimpleHTMLFormatter(Mark, Mark), new MarkdownEncoder(), scorer)
        {
            TextFragmenter = new PhraseKeepingFragmenter(scorer, Length),
        };
    }

    /// <summary>The query as the highlighter reads it: it knows Lucene's own queries, and best match's words as one disjunction.</summary>
    private static Query Highlighted(Query query) => query switch
    {
        FilteredQuery filtered => Highlighted(filtered.Query),
        CoverageQuery coverage => coverage.AsDisjunction(),
        _ => query,
    };

    public string For(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        // A wildcard is highlighted as the words of this text it matches: the highlighter would otherwise build an
        // index of the text in memory to expand it, which took most of a wildcard search's time.
        var highlighter = _wildcards.Count == 0 ? _highlighter : HighlighterFor(WildcardExpansion.Expand(_query, _wildcards, Words(text)));
        using var tokens = _analyzer.GetTokenStream(IndexFields.Abstract, text);
        var fragment = highlighter.GetBestFragment(tokens, text);
        if (fragment is null)
        {
            return Opening(text);
        }

        // The encoder leaves a piece's leading hyphen alone; at the snippet's start it would begin the line.
        fragment = fragment.Trim();
        return WithEllipses(fragment.StartsWith('-') ? "\\" + fragment : fragment, text);
    }

    /// <summary>The distinct words the analysis makes of a text.</summary>
    private HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        using var tokens = _analyzer.GetTokenStream(IndexFields.Abstract, text);
        var term = tokens.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        tokens.Reset();
        while (tokens.IncrementToken())
        {
            words.Add(term.ToString());
        }

        tokens.End();
        return words;
    }

    /// <summary>The opening words of a text, escaped: the snippet of a paper found by meaning, which has no matched words to show.</summary>
    public static string Opening(string text)
    {
        // Cut first, then escape, so no cut falls inside an escape.
        var trimmed = text.Trim();
        if (trimmed.Length <= Length)
        {
            return ReplyMarkup.Escape(trimmed);
        }

        var cut = trimmed.LastIndexOf(' ', Length - 1);
        return ReplyMarkup.Escape(trimmed[..(cut > Length / 2 ? cut : Length - 1)].TrimEnd()) + Ellipsis;
    }

    /// <summary>Marks the fragment "…" at either end where it does not reach the end of the text.</summary>
    private static string WithEllipses(string fragment, string text)
    {
        var plain = ReplyMarkup.PlainText(fragment);
        var trimmed = text.Trim();
        var head = trimmed.StartsWith(plain, StringComparison.Ordinal) ? string.Empty : Ellipsis;
        var tail = trimmed.EndsWith(plain, StringComparison.Ordinal) ? string.Empty : Ellipsis;
        return head + fragment + tail;
    }
}
