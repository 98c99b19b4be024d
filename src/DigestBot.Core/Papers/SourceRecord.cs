namespace DigestBot.Papers;

/// <summary>One sighting of a paper: which source (<c>arxiv-api</c>, <c>hf-daily</c>…), its id there, and when.</summary>
public sealed record SourceRecord(string Source, string SourceId, DateTimeOffset SeenAt)
{
    /// <summary>Why this sighting joined a paper it shares no id with (see <see cref="SourceMatch"/>); null when an id matched.</summary>
    public SourceMatch? Match { get; init; }
}
