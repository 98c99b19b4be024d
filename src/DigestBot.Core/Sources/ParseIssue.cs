namespace DigestBot.Sources;

/// <summary>
/// One problem a parser met: <see cref="Item"/> names the item (its id when known, and its position, e.g.
/// <c>2604.21935v1 (item 3)</c>) or <c>document</c>; <see cref="Reason"/> says what was wrong, in words a user can act on.
/// </summary>
public sealed record ParseIssue(string Item, string Reason)
{
    public override string ToString() => $"{Item}: {Reason}";
}
