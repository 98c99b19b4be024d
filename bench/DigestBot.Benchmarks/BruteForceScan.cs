using DigestBot.Papers;

namespace DigestBot.Benchmarks;

/// <summary>
/// The brute-force baseline: every paper's lower-cased text held in memory and scanned for each query (substring
/// match, unranked). Every paper is checked, as ranking the matches would need. The lower bound of "no index at
/// all" without a database in the way.
/// </summary>
internal sealed class BruteForceScan(IEnumerable<Paper> papers)
{
    private readonly (string Text, DateTimeOffset? Published)[] _papers = [.. papers.Select(p => (Text(p), p.Published))];

    public int Search(BenchQuery query)
    {
        var found = 0;
        for (var i = 0; i < _papers.Length; i++)
        {
            if (query.ScanMatches(_papers[i].Text, _papers[i].Published))
            {
                found++;
            }
        }

        return Math.Min(found, 10);
    }

    /// <summary>Title, abstract, authors and categories, lower-cased, as the scans read a paper.</summary>
    public static string Text(Paper p) =>
        string.Join('\n', p.Title, p.Abstract, string.Join(", ", p.Authors.Select(a => a.Name)), string.Join(' ', p.Categories)).ToLowerInvariant();
}
