using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DigestBot.Search;

/// <summary>
/// Free text's best-match query: papers holding at least a minimum of the words, scored by BM25 times the share of
/// the question they cover, each word counting by how informative it is: its IDF rounded (1 to
/// <see cref="MaxWeight"/>). A paper with "compressed" and "accuracy" covers more of "how can large language models be
/// compressed without losing accuracy" than one with only "large", "language" and "models". Counting words alone
/// ranked worse on both relevance collections (Cranfield nDCG@10 0.378 against 0.384). <see cref="CoverageQuery"/>
/// scores it in one pass.
/// </summary>
internal static class BestMatchQuery
{
    /// <summary>
    /// A word's greatest weight. Measured when each unit of weight was a copy of the word's clause (one more scorer per
    /// matching paper): 3 kept Cranfield's 0.384 of 5's 0.385.
    /// </summary>
    public const int MaxWeight = 3;

    /// <param name="words">The words as typed, in step with <paramref name="clauses"/>, their queries.</param>
    public static CoverageQuery Build(TermStates states, IReadOnlyList<string> words, IReadOnlyList<Query> clauses, int minimum) =>
        new(clauses, [.. words.Select(w => Weight(states, w))], minimum);

    /// <summary>How much a word counts towards the share of the question a paper covers.</summary>
    public static double Weight(TermStates states, string word) => Math.Clamp((int)Math.Round(Idf(states, word)), 1, MaxWeight);

    /// <summary>BM25's IDF of the word's rarest stem in abstracts (a hyphenated word is several).</summary>
    private static double Idf(TermStates states, string word)
    {
        var idf = 0.0;
        using var tokens = PaperAnalyzer.ForQueries.GetTokenStream(IndexFields.Abstract, word.Replace('_', ' '));
        var term = tokens.AddAttribute<ICharTermAttribute>();
        tokens.Reset();
        while (tokens.IncrementToken())
        {
            var df = states.DocFreq(new Term(IndexFields.Abstract, term.ToString()));
            idf = Math.Max(idf, Math.Log(1 + ((states.Papers - df + 0.5) / (df + 0.5))));
        }

        tokens.End();
        return idf;
    }
}
