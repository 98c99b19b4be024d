using DigestBot.Papers;
using DigestBot.QueryLanguage;
using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DigestBot.Search;

/// <summary>
/// Turns a parsed <see cref="SearchQuery"/> into a Lucene query. Terms go through the same English analysis as the
/// index; a bare word that analysis splits (<c>Pre-LN</c>) becomes a phrase; terms that are only stop words drop
/// out. A title match counts <see cref="TitleBoost"/> times an abstract match. Boolean queries here never apply
/// Lucene's coordination factor (a word matching in the title but not the authors is not a partial match); free
/// text's best match weighs the share of the question a paper covers itself (see <see cref="CoverageQuery"/>).
/// </summary>
internal static class LuceneQueries
{
    public const float TitleBoost = 2f;

    private static readonly QueryBuilder Analysed = new(PaperAnalyzer.ForQueries);

    /// <summary>
    /// The Lucene query, restricted to papers published at or after <paramref name="since"/> and before
    /// <paramref name="until"/> when given. A
    /// <c>like:</c> or <c>about:</c> term becomes the papers <paramref name="semantic"/> lists for it, or, without
    /// <paramref name="semantic"/>, a <see cref="SemanticLeafQuery"/> for percolation to compile.
    /// </summary>
    public static Query Build(
        SearchQuery query, DateTimeOffset? since = null, IReadOnlyDictionary<TermNode, IReadOnlySet<string>>? semantic = null, DateTimeOffset? until = null)
    {
        // A query whose every term was a stop word matches nothing, as an empty boolean query does.
        return Filtered(Node(query.Root, semantic) ?? new BooleanQuery(), since, until);
    }

    /// <summary>The query restricted to papers published at or after <paramref name="since"/> and before <paramref name="until"/>, each when given.</summary>
    public static Query Filtered(Query query, DateTimeOffset? since, DateTimeOffset? until = null) =>
        Published(since, until) is { } window ? new FilteredQuery(query, window) : query;

    /// <summary>The papers published at or after <paramref name="since"/> and before <paramref name="until"/>; null when neither is given.</summary>
    public static Filter? Published(DateTimeOffset? since, DateTimeOffset? until) =>
        since is null && until is null
            ? null
            : NumericRangeFilter.NewInt64Range(IndexFields.Published, since?.ToUnixTimeSeconds(), until?.ToUnixTimeSeconds(), true, false);

    /// <summary>One term as the index runs it (title, abstract and authors for a bare word); null for stop words only.</summary>
    public static Query? Word(TermNode term) => Term(term, null);

    private static Query? Node(QueryNode node, IReadOnlyDictionary<TermNode, IReadOnlySet<string>>? semantic) => node switch
    {
        TermNode term => Term(term, semantic),
        AndNode and => And(and.Children, semantic),
        OrNode or => Or(or.Children, semantic),
        NotNode not => Node(not.Child, semantic) is { } excluded ? AllBut(excluded) : null,
        _ => throw new ArgumentOutOfRangeException(nameof(node), node, "unknown query node"),
    };

    private static BooleanQuery? And(IReadOnlyList<QueryNode> children, IReadOnlyDictionary<TermNode, IReadOnlySet<string>>? semantic)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var child in children)
        {
            var (inner, occur) = child is NotNode not ? (Node(not.Child, semantic), Occur.MUST_NOT) : (Node(child, semantic), Occur.MUST);
            if (inner is not null)
            {
                query.Add(inner, occur);
            }
        }

        var positives = query.Clauses.Count(c => c.Occur == Occur.MUST);
        if (positives == 0 && (query.Clauses.Count == 0 || children.Any(c => c is not NotNode)))
        {
            // Nothing left to require: every term was a stop word ("the -survey" must not mean "all but surveys").
            return null;
        }

        // Lucene matches nothing with exclusions alone; "a OR (NOT b)" still means "a, or anything but b".
        if (positives == 0)
        {
            query.Add(new MatchAllDocsQuery(), Occur.MUST);
        }

        return query;
    }

    private static Query? Or(IEnumerable<QueryNode> children, IReadOnlyDictionary<TermNode, IReadOnlySet<string>>? semantic) =>
        Any(children.Select(c => Node(c, semantic)));

    private static BooleanQuery AllBut(Query excluded) =>
        new BooleanQuery(disableCoord: true) { { new MatchAllDocsQuery(), Occur.MUST }, { excluded, Occur.MUST_NOT } };

    private static Query? Term(TermNode term, IReadOnlyDictionary<TermNode, IReadOnlySet<string>>? semantic) => term.Field switch
    {
        SearchField.Like or SearchField.About when semantic is null => new SemanticLeafQuery(term),
        SearchField.Like or SearchField.About => Papers(semantic.GetValueOrDefault(term)),
        // A stop word ("the") drops out of an unfielded query, although author names keep it ("An" is a surname).
        SearchField.Default when Text(IndexFields.Title, term, TitleBoost) is { } title =>
            Any(title, Text(IndexFields.Abstract, term), Text(IndexFields.Authors, term)),
        SearchField.Default => null,
        SearchField.Title => Text(IndexFields.Title, term),
        SearchField.Abstract => Text(IndexFields.Abstract, term),
        SearchField.Author => Text(IndexFields.Authors, term),
        SearchField.Category => Keyword(IndexFields.Category, term.Text.ToLowerInvariant(), term.IsWildcard),
        SearchField.Id => Id(term),
        SearchField.All => Any(
            Text(IndexFields.Title, term, TitleBoost), Text(IndexFields.Abstract, term), Text(IndexFields.Authors, term),
            Keyword(IndexFields.Category, term.Text.ToLowerInvariant(), term.IsWildcard), Id(term)),
        _ => throw new ArgumentOutOfRangeException(nameof(term), term.Field, "unknown field"),
    };

    /// <summary>These papers and no others, unranked; none when the set is empty or missing.</summary>
    private static Query Papers(IReadOnlySet<string>? keys) =>
        keys is { Count: > 0 } ? new ConstantScoreQuery(new TermsFilter([.. keys.Select(k => new Term(IndexFields.Id, k))])) : new BooleanQuery();

    private static Query? Text(string field, TermNode term, float boost = 1f)
    {
        // arXiv writes multi-word names with underscores (au:del_maestro): a phrase.
        var query = term.IsWildcard
            ? Wildcard(field, PaperAnalyzer.Fold(term.Text))
            : Analysed.CreatePhraseQuery(field, term.Text.Replace('_', ' '));
        if (query is not null)
        {
            query.Boost = boost;
        }

        return query;
    }

    /// <summary>
    /// A wildcard on words: a prefix in British spelling (<c>optimis*</c>) also reads the American words it stands for,
    /// as the index holds a British word beside its American form but not the other way round.
    /// </summary>
    private static Query Wildcard(string field, string text)
    {
        var query = Keyword(field, text, wildcard: true);
        return query is PrefixQuery prefix
            && field is IndexFields.Title or IndexFields.Abstract
            && BritishSpellings.AmericanPrefixes(prefix.Prefix.Text) is { Count: > 0 } american
                ? new PrefixesQuery(field, [prefix.Prefix.Text, .. american])
                : query;
    }

    private static Query? Id(TermNode term) =>
        term.IsWildcard ? Keyword(IndexFields.Key, term.Text.ToLowerInvariant(), wildcard: true)
        : PaperId.TryParse(term.Text, out var id) ? new TermQuery(new Term(IndexFields.Key, id.Key))
        : null;

    private static Query Keyword(string field, string text, bool wildcard)
    {
        if (!wildcard)
        {
            return new TermQuery(new Term(field, text));
        }

        var star = text.IndexOf('*');
        return star == text.Length - 1 && !text.Contains('?', StringComparison.Ordinal)
            ? new PrefixQuery(new Term(field, text[..^1]))
            : new WildcardQuery(new Term(field, text));
    }

    private static Query? Any(params IEnumerable<Query?> queries)
    {
        var present = queries.OfType<Query>().ToList();
        if (present.Count <= 1)
        {
            return present.FirstOrDefault();
        }

        var query = new BooleanQuery(disableCoord: true);
        foreach (var q in present)
        {
            query.Add(q, Occur.SHOULD);
        }

        return query;
    }
}
