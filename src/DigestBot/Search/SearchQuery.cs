using System.Diagnostics.CodeAnalysis;

namespace DigestBot.Search;

/// <summary>
/// A query in DigestBot's search language, shared by <c>/search</c> and channel watches: Lucene classic syntax with
/// arXiv's habits. Field prefixes <c>ti:</c> <c>au:</c> <c>abs:</c> <c>cat:</c> <c>id:</c> <c>all:</c>;
/// <c>"phrases"</c>; <c>AND</c>, <c>OR</c>, <c>NOT</c>, <c>ANDNOT</c>, <c>+</c>/<c>-</c>; parentheses; <c>term*</c>.
/// Bare terms search title, abstract and authors and are all required. <c>au:del_maestro</c> is the phrase
/// "del maestro". <see cref="TryParse"/> refuses bad queries with one line saying what is wrong.
/// </summary>
public sealed record SearchQuery
{
    public const int MaxLength = 500;
    public const int MaxClauses = 50;

    /// <summary>Parentheses and NOTs inside each other; real queries use two or three.</summary>
    public const int MaxDepth = 8;

    private SearchQuery(string text, QueryNode root, int clauses)
    {
        Text = text;
        Root = root;
        Clauses = clauses;
    }

    /// <summary>The query as the user typed it.</summary>
    public string Text { get; }

    public QueryNode Root { get; }

    /// <summary>How many terms and phrases the query has.</summary>
    public int Clauses { get; }

    /// <summary>Some term has a <c>*</c> or <c>?</c>.</summary>
    public bool HasWildcards => Terms(Root).Any(t => t.IsWildcard);

    public static SearchQuery Parse(string text) =>
        TryParse(text, out var query, out var error) ? query : throw new FormatException(error);

    public static bool TryParse(string? text, [NotNullWhen(true)] out SearchQuery? query, [NotNullWhen(false)] out string? error)
    {
        query = null;
        error = Check(text ?? string.Empty, out var root, out var clauses);
        if (error is null)
        {
            query = new SearchQuery(text!.Trim(), root!, clauses);
        }

        return error is null;
    }

    /// <summary>The canonical form, fully parenthesised: <c>(transformer AND NOT ti:survey)</c>.</summary>
    public override string ToString() => Root.ToString();

    private static string? Check(string text, out QueryNode? root, out int clauses)
    {
        root = null;
        clauses = 0;
        if (text.Length > MaxLength)
        {
            return $"query too long: {text.Length} characters (at most {MaxLength})";
        }

        try
        {
            root = SearchQueryParser.Parse(text);
        }
        catch (FormatException e)
        {
            return OneLine(e.Message);
        }

        clauses = Terms(root).Count();
        if (clauses > MaxClauses)
        {
            return $"too many clauses: {clauses} terms and phrases (at most {MaxClauses})";
        }

        return HasPositive(root) ? null : "the query only excludes terms (NOT, -): add something to search for";
    }

    /// <summary>Messages quote the user's terms, and an escaped line break is part of a term: shown as a space.</summary>
    private static string OneLine(string message) =>
        message.Any(char.IsControl) ? new string([.. message.Select(c => char.IsControl(c) ? ' ' : c)]) : message;

    private static IEnumerable<TermNode> Terms(QueryNode node) => node switch
    {
        TermNode t => [t],
        NotNode n => Terms(n.Child),
        AndNode a => a.Children.SelectMany(Terms),
        OrNode o => o.Children.SelectMany(Terms),
        _ => [],
    };

    private static bool HasPositive(QueryNode node) => node switch
    {
        TermNode => true,
        AndNode a => a.Children.Any(HasPositive),
        OrNode o => o.Children.Any(HasPositive),
        _ => false,
    };
}
