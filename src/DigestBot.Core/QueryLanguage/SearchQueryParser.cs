using DigestBot.Papers;

namespace DigestBot.QueryLanguage;

/// <summary>
/// Recursive descent over <see cref="QueryLexer"/> tokens. Precedence, loosest first: <c>OR</c>; <c>AND</c>,
/// <c>ANDNOT</c> and juxtaposition (bare terms are all required); <c>NOT</c>, <c>-</c>, <c>+</c>; then a term,
/// a field prefix or a parenthesised group. Refusals are <see cref="FormatException"/>s with a one-line message.
/// </summary>
internal sealed class SearchQueryParser(List<QueryToken> tokens)
{
    private int _next;

    /// <summary>Parentheses and NOTs around the current position; refused past <see cref="SearchQuery.MaxDepth"/>.</summary>
    private int _depth;

    private QueryToken? Peek => _next < tokens.Count ? tokens[_next] : null;

    /// <summary>Nothing that can start an operand follows: the end, a ')' or a binary operator.</summary>
    private bool AtOperandEnd => Peek is not { } t || t.Kind == QueryTokenKind.Close || t.IsBinaryOperator;

    public static QueryNode Parse(string text)
    {
        var parser = new SearchQueryParser(QueryLexer.Tokenize(text));
        if (parser.Peek is null)
        {
            throw new FormatException("empty query: say what to search for");
        }

        var root = parser.ParseOr(SearchField.Default);
        if (parser.Peek is { } extra)
        {
            // ParseOr stops only at the end or at a ')' that no '(' opened.
            throw new FormatException(extra.Kind == QueryTokenKind.Close
                ? "unbalanced parentheses: a ')' has no matching '('"
                : $"unexpected '{extra.Shown}'");
        }

        return root;
    }

    private QueryNode ParseOr(SearchField field)
    {
        var items = new List<QueryNode> { ParseAnd(field) };
        while (Peek is { Kind: QueryTokenKind.Or } op)
        {
            _next++;
            RequireRightOperand(op);
            items.Add(ParseAnd(field));
        }

        return items.Count == 1 ? items[0] : new OrNode(items);
    }

    private QueryNode ParseAnd(SearchField field)
    {
        var items = new List<QueryNode> { ParseUnary(field) };
        while (Peek is { } t && t.Kind is not (QueryTokenKind.Or or QueryTokenKind.Close))
        {
            if (t.Kind is QueryTokenKind.And or QueryTokenKind.AndNot)
            {
                _next++;
                RequireRightOperand(t);
                var right = ParseUnary(field);
                items.Add(t.Kind == QueryTokenKind.AndNot ? new NotNode(right) : right);
            }
            else
            {
                items.Add(ParseUnary(field));
            }
        }

        return items.Count == 1 ? items[0] : new AndNode(items);
    }

    private QueryNode ParseUnary(SearchField field)
    {
        var t = Peek!.Value;
        if (t.IsBinaryOperator)
        {
            throw new FormatException($"'{t.Shown}' has nothing on its left");
        }

        if (t.Kind is not (QueryTokenKind.Not or QueryTokenKind.Minus or QueryTokenKind.Plus))
        {
            return ParsePrimary(field);
        }

        _next++;
        RequireRightOperand(t);
        if (t.Kind == QueryTokenKind.Plus)
        {
            return ParseUnary(field);
        }

        Enter();
        var operand = ParseUnary(field);
        _depth--;
        return new NotNode(operand);
    }

    private QueryNode ParsePrimary(SearchField field)
    {
        var t = tokens[_next++];
        switch (t.Kind)
        {
            case QueryTokenKind.Field:
                RequireRightOperand(t);
                // The lexer makes a Field token only of a known field name, so this always succeeds.
                _ = SearchFields.TryParse(t.Text, out var inner);
                return ParsePrimary(inner);
            case QueryTokenKind.Open:
                if (Peek is null)
                {
                    throw new FormatException("unbalanced parentheses: a '(' is never closed");
                }

                if (Peek is { Kind: QueryTokenKind.Close })
                {
                    throw new FormatException("empty parentheses: put terms between them");
                }

                Enter();
                var group = ParseOr(field);
                _depth--;
                if (Peek is not { Kind: QueryTokenKind.Close })
                {
                    throw new FormatException("unbalanced parentheses: a '(' is never closed");
                }

                _next++;
                return group;
            case QueryTokenKind.Phrase:
                return field == SearchField.Like ? Term(field, t.Text) : new TermNode(field, t.Text, Phrase: true);
            case QueryTokenKind.Word:
                return Term(field, t.Text);
            case QueryTokenKind.Close:
                throw new FormatException("unbalanced parentheses: a ')' has no matching '('");
            default:
                // NOT, - or + straight after a field prefix (ti:-x is read as ti: then the word -x, so only ti: NOT x).
                throw new FormatException($"'{t.Shown}' cannot follow a field prefix: put the field inside (NOT ti:x)");
        }
    }

    private static TermNode Term(SearchField field, string text)
    {
        if (text[0] is '*' or '?')
        {
            throw new FormatException($"leading wildcards are not supported ('{text}'): start the term with at least one letter");
        }

        var term = new TermNode(field, text);
        if (field == SearchField.Id && !term.IsWildcard && !PaperId.TryParse(text, out _))
        {
            throw new FormatException("id: " + PaperId.InvalidMessage(text));
        }

        if (SearchFields.IsSemantic(field) && term.IsWildcard)
        {
            throw new FormatException($"{SearchFields.Prefix(field)} takes {(field == SearchField.Like ? "paper ids" : "words")}, not wildcards ('{text}')");
        }

        if (field == SearchField.Like && TermNode.LikeIds(text).Count == 0)
        {
            throw new FormatException("like: needs a paper id (like:2405.13786)");
        }

        if (field == SearchField.Like && TermNode.LikeIds(text).FirstOrDefault(id => !PaperId.TryParse(id, out _)) is { } bad)
        {
            throw new FormatException("like: " + PaperId.InvalidMessage(bad));
        }

        return term;
    }

    /// <summary>Deep nesting is refused here, as it is read, so neither this parser nor Lucene recurses far.</summary>
    private void Enter()
    {
        if (++_depth > SearchQuery.MaxDepth)
        {
            throw new FormatException($"query nested too deeply: more than {SearchQuery.MaxDepth} levels of parentheses and NOTs");
        }
    }

    private void RequireRightOperand(QueryToken op)
    {
        if (AtOperandEnd)
        {
            throw new FormatException(op.IsBinaryOperator
                ? $"'{op.Shown}' has nothing on its right"
                : $"'{op.Shown}' has nothing after it");
        }
    }
}
