namespace DigestBot.QueryLanguage;

/// <summary>Every child must match (<c>a AND b</c>, <c>a b</c>); <see cref="NotNode"/> children must not.</summary>
public sealed record AndNode(IReadOnlyList<QueryNode> Children) : QueryNode
{
    public override string ToString() => $"({string.Join(" AND ", Children)})";
}
