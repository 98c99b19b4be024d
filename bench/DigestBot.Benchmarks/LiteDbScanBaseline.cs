using DigestBot.Papers;
using DigestBot.Storage;
using LiteDB;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Benchmarks;

/// <summary>
/// The naive baseline a team might write with LiteDB alone, which has no full-text index: LiteDB's own
/// <c>Contains</c> scan of the papers collection on the title and abstract for the query's first word, the rest
/// checked on the documents that come back (every match found, as ranking would need; unranked, no stemming, no
/// snippets).
/// </summary>
internal sealed class LiteDbScanBaseline(IServiceProvider services)
{
    private readonly Database _db = services.GetRequiredService<Database>();

    public int Search(BenchQuery query)
    {
        var papers = _db.Lite.GetCollection("papers");
        var first = query.Scan[0];
        var candidates = query.ScanAny
            ? papers.Find(LiteDB.Query.Or([.. query.Scan.SelectMany(Contains)]))
            : papers.Find(LiteDB.Query.Or([.. Contains(first)]));
        return Math.Min(10, candidates.Select(_db.Mapper.ToObject<Paper>).Count(p => query.ScanMatches(BruteForceScan.Text(p), p.Published)));
    }

    /// <summary>LiteDB's Contains is case-sensitive: the word as written and capitalised, in the title and the abstract.</summary>
    private static IEnumerable<BsonExpression> Contains(string word)
    {
        foreach (var form in new[] { word, char.ToUpperInvariant(word[0]) + word[1..] }.Distinct())
        {
            yield return LiteDB.Query.Contains("Title", form);
            yield return LiteDB.Query.Contains("Abstract", form);
        }
    }
}
