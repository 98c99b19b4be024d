using System.Security.Cryptography;
using DigestBot.Storage;
using LiteDB;

namespace DigestBot.Search;

/// <summary>The stored state of paged Discord searches, found by key; expired ones are pruned on every save.</summary>
public sealed class SearchPages(Database db, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    internal const string Collection = "search_pages";

    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    // Made at first use: the database opens after the stores are made.
    private readonly Lazy<ILiteCollection<SearchPage>> _pages = new(() => Ready(db.Collection<SearchPage>(Collection)));

    public SearchPage Save(
        ulong channelId, string query, DateTimeOffset? since, int limit, SearchSort? sort = null, SearchRetrieval? mode = null, DateTimeOffset? until = null)
    {
        var now = time.GetUtcNow();
        _pages.Value.DeleteMany(p => p.CreatedAt < now - Lifetime);
        var page = new SearchPage { Id = NewKey(), ChannelId = channelId, Query = query, Since = since, Until = until, Sort = sort, Mode = mode, Limit = limit, CreatedAt = now };
        _pages.Value.Insert(page);
        return page;
    }

    /// <summary>The stored search, or null when the key is unknown or its time is up.</summary>
    public SearchPage? Find(string key) =>
        _pages.Value.FindById(key) is { } page && page.CreatedAt >= time.GetUtcNow() - Lifetime ? page : null;

    private static ILiteCollection<SearchPage> Ready(ILiteCollection<SearchPage> pages)
    {
        pages.EnsureIndex(p => p.CreatedAt);
        return pages;
    }

    private static string NewKey() => RandomNumberGenerator.GetString(Alphabet, 10);
}
