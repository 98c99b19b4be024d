using System.Diagnostics.CodeAnalysis;
using DigestBot.Papers;

namespace DigestBot.QueryLanguage;

/// <summary>
/// A query in DigestBot's search language, shared by <c>/search</c> and channel watches: Lucene classic syntax with
/// arXiv's habits. Field prefixes <c>ti:</c> <c>au:</c> <c>abs:</c> <c>cat:</c> <c>id:</c> <c>all:</c>;
/// <c>"phrases"</c>; <c>AND</c>, <c>OR</c>, <c>NOT</c>, <c>ANDNOT</c>, <c>+</c>/<c>-</c>; parentheses; <c>term*</c>.
/// Bare terms search title, abstract and authors and are all required. <c>au:del_maestro</c> is the phrase
/// "del maestro". <see cref="TryParse"/> reads every query exactly (watches, topics) and refuses bad ones with one line
/// saying what is wrong; <see cref="TryParseSearch"/> reads what is typed into search, where a query without syntax is
/// free text (<see cref="IsFreeText"/>): its content words, which a search may relax (see <see cref="SearchService"/>).
/// </summary>
public sealed record SearchQuery
{
    public const int MaxLength = 500;
    public const int MaxClauses = 50;

    /// <summary>Parentheses and NOTs inside each other; real queries use two or three.</summary>
    public const int MaxDepth = 8;

    private SearchQuery(string text, QueryNode root, int clauses, IReadOnlyList<string>? words = null)
    {
        Text = text;
        Root = root;
        Clauses = clauses;
        Words = words ?? [];
        IsFreeText = words is not null;
    }

    /// <summary>The query as the user typed it.</summary>
    public string Text { get; }

    public QueryNode Root { get; }

    /// <summary>How many terms and phrases the query has.</summary>
    public int Clauses { get; }

    /// <summary>Typed into search without any syntax: <see cref="Root"/> requires every one of <see cref="Words"/>.</summary>
    public bool IsFreeText { get; }

    /// <summary>The content words of free text, as typed (question, filler and stop words left out); empty otherwise.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>
    /// Typed into search as paper ids or links alone (<c>2606.13106</c>, <c>https://arxiv.org/abs/2606.13106</c>): the
    /// papers' keys, read as <c>id:</c> terms joined by OR; empty otherwise.
    /// </summary>
    public IReadOnlyList<string> PaperKeys { get; private init; } = [];

    public bool IsPaperLookup => PaperKeys.Count > 0;

    /// <summary>
    /// Typed as one id or link that only the store can turn into a key (an OpenAlex or Semantic Scholar id, a journal's
    /// page): the search resolves it (<see cref="ForPapers"/>) before searching, never the words of a link.
    /// </summary>
    public PaperReference? UnresolvedPaper { get; private init; }

    /// <summary>Words of free text written with a field we do not have (<c>author:Cooper</c>), and the field meant.</summary>
    public IReadOnlyList<(string Typed, string Meant)> MistypedFields { get; private init; } = [];

    /// <summary>Some term has a <c>*</c> or <c>?</c>.</summary>
    public bool HasWildcards => Terms(Root).Any(t => t.IsWildcard);

    /// <summary>
    /// Some <c>cat:</c> term is required or wanted (not only excluded): a paper without categories cannot match it, and
    /// only arXiv and some journals' feeds give categories.
    /// </summary>
    public bool WantsCategory => PositiveTerms(Root).Any(t => t.Field == SearchField.Category);

    /// <summary>The terms matched by meaning (<c>like:</c>, <c>about:</c>), each once.</summary>
    public IReadOnlyList<TermNode> SemanticTerms => [.. Terms(Root).Where(t => SearchFields.IsSemantic(t.Field)).Distinct()];

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

    public static SearchQuery ParseSearch(string text) =>
        TryParseSearch(text, out var query, out var error) ? query : throw new FormatException(error);

    /// <summary>
    /// Reads a query as typed into search: free text when it uses no syntax (never refused but for its length; a
    /// question of only common words has no words and matches nothing), else exactly as <see cref="TryParse"/>.
    /// </summary>
    public static bool TryParseSearch(string? text, [NotNullWhen(true)] out SearchQuery? query, [NotNullWhen(false)] out string? error)
    {
        var typed = text ?? string.Empty;
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > MaxLength)
        {
            return TryParse(text, out query, out error);
        }

        // A paper's id or link pasted on its own (or a few of them): those papers, as id: finds them, not the words of
        // a link (whose ? and : would read as syntax).
        var references = FreeText.PaperReferences(typed, MaxClauses);
        if (references?.All(r => r.Key is not null) == true)
        {
            query = ForPapers(typed, [.. references.Select(r => r.Key!.Key)]);
            error = null;
            return true;
        }

        if (!FreeText.IsFreeText(typed))
        {
            return TryParse(text, out query, out error);
        }

        // Beyond the clause limit the question goes on, but its later words are not searched.
        var words = FreeText.Words(typed, MaxClauses);
        QueryNode root = words.Count == 1
            ? FreeText.WordTerm(words[0])
            : new AndNode([.. words.Select(FreeText.WordTerm)]);
        query = new SearchQuery(typed.Trim(), root, words.Count, words)
        {
            MistypedFields = FreeText.MistypedFields(typed),
            UnresolvedPaper = references is [var one] ? one : null,
        };
        error = null;
        return true;
    }

    /// <summary>
    /// The papers of these keys (<c>id:</c> terms joined by OR), for <paramref name="text"/> typed into search: a paper
    /// id or link, also one that only the store can resolve to a key (an OpenAlex id, a journal's page).
    /// </summary>
    public static SearchQuery ForPapers(string text, IReadOnlyList<string> keys)
    {
        keys = [.. keys.Distinct(StringComparer.Ordinal)];
        ArgumentOutOfRangeException.ThrowIfZero(keys.Count);
        QueryNode ids = keys.Count == 1
            ? new TermNode(SearchField.Id, keys[0])
            : new OrNode([.. keys.Select(k => new TermNode(SearchField.Id, k))]);
        return new SearchQuery(text.Trim(), ids, keys.Count) { PaperKeys = keys };
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

    /// <summary>The terms outside every NOT.</summary>
    private static IEnumerable<TermNode> PositiveTerms(QueryNode node) => node switch
    {
        TermNode t => [t],
        AndNode a => a.Children.SelectMany(PositiveTerms),
        OrNode o => o.Children.SelectMany(PositiveTerms),
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
