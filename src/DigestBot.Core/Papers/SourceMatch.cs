namespace DigestBot.Papers;

/// <summary>
/// Why a sighting joined a paper that shared none of its ids: the same normalised title, these author surnames on
/// both, and publication years within one. Kept on the sighting's <see cref="SourceRecord"/> (<c>sources[].match</c>);
/// <c>merge --undo</c> takes the merge back by <see cref="MergeId"/>.
/// </summary>
public sealed record SourceMatch(string MergeId, string Joined, string Title, IReadOnlyList<string> Surnames, IReadOnlyList<int> Years)
{
    /// <summary>The rule that matched; the only one so far (an instance property: stored with the record).</summary>
#pragma warning disable CA1822
    public string Rule => "title+author+year";
#pragma warning restore CA1822
}
