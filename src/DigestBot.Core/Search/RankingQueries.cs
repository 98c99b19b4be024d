using DigestBot.QueryLanguage;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DigestBot.Search;

/// <summary>
/// Clauses that only rank, added beside the query that matches (they never change what matches). Exact word forms
/// outweigh stem-only matches: the index keeps each word's unstemmed form beside its Porter stem, so a query word
/// whose stem differs ("normalization" → "normal") also scores its exact form, and a paper saying "normalization"
/// ranks above one that only says "normal". In free text, words next to each other in the question also score as a
/// sloppy phrase in the abstract ("large language models" near each other rank above the words scattered).
/// </summary>
internal static class RankingQueries
{
    // Measured with the bench's relevance scenario on Cranfield: exact forms add about 0.01 nDCG@10, phrases in the
    // abstract 0.014 (0.366 to 0.380); a phrase weight of 1 did worse than 0.5, and so did phrases scored in titles too.

    /// <summary>An exact form's weight, against 1 for the stem match it comes with.</summary>
    public const float ExactFormWeight = 0.5f;

    /// <summary>Two adjacent words of the question found near each other; against 1 for each word.</summary>
    public const float PhraseWeight = 0.5f;

    /// <summary>How far apart adjacent words may be (stop words the question skipped leave gaps in the index too).</summary>
    public const int PhraseSlop = 3;

    private static readonly QueryBuilder Phrases = new(PaperAnalyzer.ForQueries);

    /// <summary>
    /// <paramref name="match"/> with the ranking clauses of <paramref name="query"/> beside it, or alone when it has none;
    /// without the adjacent words' phrases when <paramref name="phrases"/> is false (<see cref="AdjacentPhrases"/> scores them apart).
    /// </summary>
    public static Query Around(Query match, SearchQuery query, bool phrases = true)
    {
        var extras = ExactForms(query.Root).Concat(query.IsFreeText && phrases ? AdjacentWords(query.Words) : []).ToList();
        if (extras.Count == 0)
        {
            return match;
        }

        var ranked = new BooleanQuery(disableCoord: true) { { match, Occur.MUST } };
        foreach (var extra in extras)
        {
            ranked.Add(extra, Occur.SHOULD);
        }

        return ranked;
    }

    /// <summary>The phrases of free text's adjacent words, each scoring what it scores beside the match; null when there are none.</summary>
    public static Query? AdjacentPhrases(SearchQuery query)
    {
        var phrases = query.IsFreeText ? AdjacentWords(query.Words).ToList() : [];
        if (phrases.Count == 0)
        {
            return null;
        }

        var any = new BooleanQuery(disableCoord: true);
        foreach (var phrase in phrases)
        {
            any.Add(phrase, Occur.SHOULD);
        }

        return any;
    }

    private static IEnumerable<Query> ExactForms(QueryNode node) => node switch
    {
        TermNode { Phrase: false, IsWildcard: false } term => ExactForms(term),
        AndNode and => and.Children.SelectMany(ExactForms),
        OrNode or => or.Children.SelectMany(ExactForms),
        _ => [], // NOT: an excluded word has nothing to rank
    };

    private static IEnumerable<Query> ExactForms(TermNode term)
    {
        var fields = term.Field switch
        {
            SearchField.Default or SearchField.All => [(IndexFields.Title, LuceneQueries.TitleBoost), (IndexFields.Abstract, 1f)],
            SearchField.Title => [(IndexFields.Title, 1f)],
            SearchField.Abstract => new[] { (IndexFields.Abstract, 1f) },
            _ => [],
        };
        if (fields.Length == 0)
        {
            yield break;
        }

        foreach (var form in UnstemmedForms(term.Text.Replace('_', ' ')))
        {
            foreach (var (field, boost) in fields)
            {
                yield return new TermQuery(new Term(field, form)) { Boost = boost * ExactFormWeight };
            }
        }
    }

    /// <summary>The words of the text whose stem differs from them, as the index keeps them unstemmed (American spelling).</summary>
    private static List<string> UnstemmedForms(string text)
    {
        var forms = new List<string>();
        using var tokens = PaperAnalyzer.ForQueryForms.GetTokenStream(IndexFields.Abstract, text);
        var term = tokens.AddAttribute<ICharTermAttribute>();
        var increment = tokens.AddAttribute<IPositionIncrementAttribute>();
        tokens.Reset();
        string? previous = null;
        while (tokens.IncrementToken())
        {
            // The index emits a word, then its stem at the same position only when the stem differs.
            if (increment.PositionIncrement == 0 && previous is not null)
            {
                forms.Add(previous);
            }

            previous = term.ToString();
        }

        tokens.End();
        return forms;
    }

    private static IEnumerable<Query> AdjacentWords(IReadOnlyList<string> words)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var pair = $"{words[i]} {words[i + 1]}".Replace('_', ' ');
            // In the abstract only: a title holding a common phrase ("deep neural networks") already counts twice.
            if (Phrases.CreatePhraseQuery(IndexFields.Abstract, pair, PhraseSlop) is PhraseQuery phrase)
            {
                phrase.Boost = PhraseWeight;
                yield return phrase;
            }
        }
    }
}
