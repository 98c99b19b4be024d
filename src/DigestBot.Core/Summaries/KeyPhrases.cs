using DigestBot.Papers;
using DigestBot.Search;

namespace DigestBot.Summaries;

/// <summary>
/// Key phrases per paper: its noun-phrase-like n-grams (<see cref="PhraseCandidates"/>) weighed by how often the
/// paper says them (a title mention counts double) against how many papers of the whole index say them, so
/// "KV cache" beats "language models". A phrase the paper mostly says inside a longer key phrase gives way to it.
/// </summary>
public sealed class KeyPhrases(SearchService search)
{
    public const int DefaultCount = 8;

    /// <summary>Candidates per paper whose corpus frequency is looked up: the index is asked about these only.</summary>
    private const int Pool = 40;

    private readonly CandidatePools _pools = new();

    public IReadOnlyList<KeyPhrase> Of(Paper paper, int count = DefaultCount, CancellationToken cancellationToken = default) =>
        Of([paper], count, cancellationToken)[0];

    /// <summary>The key phrases of each paper, in the papers' order, best first; one index pass for all of them.</summary>
    public IReadOnlyList<IReadOnlyList<KeyPhrase>> Of(IReadOnlyList<Paper> papers, int count = DefaultCount, CancellationToken cancellationToken = default) =>
        Score(papers, count, cancellationToken).Phrases;

    /// <summary>The key phrases and the corpus frequencies they were weighed with (callers may reuse them).</summary>
    internal (IReadOnlyList<IReadOnlyList<KeyPhrase>> Phrases, PhraseFrequencies Frequencies) Score(
        IReadOnlyList<Paper> papers, int count, CancellationToken cancellationToken)
    {
        var pools = papers.Select(p => _pools.Get(p.Title, p.Abstract, () => Candidates(p))).ToList();
        var frequencies = search.DocumentFrequencies(pools.SelectMany(pool => pool.Select(c => c.Text)), cancellationToken);
        return ([.. pools.Select(pool => Rank(pool, frequencies, count))], frequencies);
    }

    /// <summary>A paper's likeliest candidates before corpus statistics: salient first, then most said, then earliest.</summary>
    internal static IReadOnlyList<PhraseCandidate> Candidates(Paper paper) =>
        [.. PhraseCandidates.Of(paper.Title, paper.Abstract)
            .OrderByDescending(c => c.Salient)
            .ThenByDescending(c => Mentions(c) * (1 + c.Words))
            .ThenBy(c => c.FirstPosition)
            .Take(Pool)];

    internal static IReadOnlyList<KeyPhrase> Rank(IReadOnlyList<PhraseCandidate> candidates, PhraseFrequencies frequencies, int count)
    {
        var chosen = new List<(PhraseCandidate Candidate, double Score)>();
        foreach (var (candidate, score) in candidates
            .Where(c => IsUsed(c, frequencies))
            .Select(c => (Candidate: c, Score: Weight(c) * frequencies.Idf(c.Text)))
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Candidate.FirstPosition))
        {
            if (chosen.Any(c => Covers(c.Candidate, candidate)))
            {
                continue;
            }

            var covered = chosen.FindIndex(c => Covers(candidate, c.Candidate));
            if (covered >= 0)
            {
                var best = Math.Max(score, chosen.Where(c => Covers(candidate, c.Candidate)).Max(c => c.Score));
                chosen.RemoveAll(c => Covers(candidate, c.Candidate));
                chosen.Insert(Math.Min(covered, chosen.Count), (candidate, best));
            }
            else if (chosen.Count < count)
            {
                chosen.Add((candidate, score));
            }
        }

        return [.. chosen.OrderByDescending(c => c.Score).Select(c => new KeyPhrase(c.Candidate.Text, c.Candidate.Key, Math.Round(c.Score, 3)))];
    }

    internal static bool Contains(string[] outer, string[] inner)
    {
        for (var i = 0; i + inner.Length <= outer.Length; i++)
        {
            if (outer.AsSpan(i, inner.Length).SequenceEqual(inner))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Title mentions count double: the title is what the paper says it is about.</summary>
    private static int Mentions(PhraseCandidate c) => 2 * c.TitleCount + c.AbstractCount;

    private static int Uses(PhraseCandidate c) => c.TitleCount + c.AbstractCount;

    private static double Weight(PhraseCandidate c) => (1 + Math.Log(Mentions(c))) * (c.Salient ? 1.0 : 0.5);

    /// <summary>
    /// Said once, a word is as likely a passing verb ("comes") as a topic; a phrase said once and by no other paper
    /// ("encoders shout") is no phrase anyone uses. Both would otherwise win on rarity alone.
    /// </summary>
    private static bool IsUsed(PhraseCandidate c, PhraseFrequencies frequencies) =>
        Uses(c) > 1 || c.Words > 1 && frequencies.Counts.TryGetValue(c.Text, out var papers) && papers > 1;

    /// <summary>
    /// The paper says <paramref name="inner"/> mostly inside <paramref name="outer"/>: "KV" inside "KV cache", but not
    /// "layers" inside "deeper layers" when it also speaks of layers on their own.
    /// </summary>
    private static bool Covers(PhraseCandidate outer, PhraseCandidate inner) =>
        outer.Words > inner.Words && Contains(outer.KeyWords, inner.KeyWords) && Uses(inner) < 2 * Uses(outer);
}
