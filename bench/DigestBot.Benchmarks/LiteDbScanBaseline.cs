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
        return Math.Min(10, candidates.Count(d => query.ScanMatches(Text(d), _db.Mapper.Deserialize<DateTimeOffset?>(d["Published"]))));
    }

    /// <summary>What <see cref="BruteForceScan.Text"/> makes of a paper, read from the document without mapping it.</summary>
    private static string Text(BsonDocument d) => string.Join(
        '\n',
        d["Title"].AsString,
        d["Abstract"].AsString,
        string.Join(", ", d["Authors"].AsArray.Select(a => a["Name"].AsString)),
        string.Join(' ', d["Categories"].AsArray.Select(c => c.AsString))).ToLowerInvariant();

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
