namespace DigestBot.Search;

/// <summary>
/// A Discord search whose pages the ◀ ▶ buttons flip: the query is kept here under a short key, because a button's
/// custom id (100 characters) cannot hold a 500-character query. Kept for <see cref="SearchPages.Lifetime"/>; a
/// page belongs to the channel it was posted in.
/// </summary>
public sealed record SearchPage
{
    public required string Id { get; init; }

    public ulong ChannelId { get; init; }

    public required string Query { get; init; }

    public DateTimeOffset? Since { get; init; }

    /// <summary>The end of a window written into the query (<c>agents in 2025</c>, <c>from 2020 to 2023</c>); null for none.</summary>
    public DateTimeOffset? Until { get; init; }

    /// <summary>The order asked for (null: the query's default); absent from pages saved before sorting existed.</summary>
    public SearchSort? Sort { get; init; }

    /// <summary>The mode asked for (null: the query's default); absent from pages saved before semantic search existed.</summary>
    public SearchRetrieval? Mode { get; init; }

    /// <summary>How many results may be paged through in all (the command's <c>limit</c>).</summary>
    public int Limit { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
