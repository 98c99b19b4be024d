using System.Globalization;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Search;

/// <summary>
/// DigestBot's own questions and graded judgments over the daily papers page, in the repository's
/// <c>tests/fixtures/relevance/daily-page-judgments.tsv</c> (see PROVENANCE.md there): each question with the gain of
/// each judged paper by its page id. A judgment whose title is not that paper's fails loudly.
/// </summary>
internal static class SeedJudgments
{
    public static IReadOnlyList<(string Question, IReadOnlyDictionary<string, int> Gains)> Read()
    {
        var questions = new List<(string, IReadOnlyDictionary<string, int>)>();
        var gains = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var parts in File.ReadLines(Path()).Where(l => !l.StartsWith('#')).Select(l => l.Split('\t')))
        {
            if (parts[0] == "Q")
            {
                gains = new Dictionary<string, int>(StringComparer.Ordinal);
                questions.Add((parts[2], gains));
                continue;
            }

            var index = int.Parse(parts[2], CultureInfo.InvariantCulture);
            Assert.Equal(parts[4], DailyPapersPage.TitlesAndAbstracts[index].Title);
            gains[DailyPapersPage.Id(index)] = int.Parse(parts[3], CultureInfo.InvariantCulture);
        }

        return questions;
    }

    /// <summary>nDCG@k with linear gains (trec_eval's ndcg_cut): unjudged papers gain 0.</summary>
    public static double Ndcg(int k, IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> gains)
    {
        var dcg = ranked.Take(k).Select((id, i) => gains.GetValueOrDefault(id) / Math.Log2(i + 2)).Sum();
        var ideal = gains.Values.OrderDescending().Take(k).Select((g, i) => g / Math.Log2(i + 2)).Sum();
        return dcg / ideal;
    }

    private static string Path() =>
        System.IO.Path.Combine(RepositoryFiles.Root(), "tests", "fixtures", "relevance", "daily-page-judgments.tsv");
}
