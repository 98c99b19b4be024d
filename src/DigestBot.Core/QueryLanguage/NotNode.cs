namespace DigestBot.QueryLanguage;

/// <summary>The child must not match (<c>NOT a</c>, <c>-a</c>, the right side of <c>ANDNOT</c>).</summary>
public sealed record NotNode(QueryNode Child) : QueryNode
{
    public override string ToString() => $"NOT {Child}";
}
