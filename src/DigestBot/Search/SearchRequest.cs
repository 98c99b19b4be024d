namespace DigestBot.Search;

/// <summary>A page of results for a query: <see cref="Limit"/> hits after the first <see cref="Offset"/>, optionally only recent papers.</summary>
public sealed record SearchRequest(SearchQuery Query)
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 100;
    public const int MaxOffset = 10_000;

    /// <summary>Only papers published at or after this instant.</summary>
    public DateTimeOffset? Since { get; init; }

    public int Offset { get; init; }

    public int Limit { get; init; } = DefaultLimit;

    /// <summary>The order asked for; null lets the query decide (newest first when nothing in it is ranked).</summary>
    public SearchSort? Sort { get; init; }
}
