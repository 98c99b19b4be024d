namespace DigestBot.QueryLanguage;

/// <summary>At least one child must match (<c>a OR b</c>).</summary>
public sealed record OrNode(IReadOnlyList<QueryNode> Children) : QueryNode
{
    public override string ToString() => $"({string.Join(" OR ", Children)})";
}
