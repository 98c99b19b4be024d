using System.Text.RegularExpressions;

namespace DigestBot.Summaries;

/// <summary>
/// An offline TL;DR: the sentence that states the contribution ("we propose…", "this paper presents…") when the
/// abstract has one that fits, then its most central other sentence (TextRank over word overlap, with a prior for
/// early and contribution sentences). One or two whole sentences, in their original order, within the budget.
/// </summary>
public static partial class ExtractiveSummarizer
{
    private const double Damping = 0.85;
    private const int Iterations = 40;

    public static string Summarize(string text, int maxChars)
    {
        var sentences = SentenceSplitter.Split(text);
        if (sentences.Count == 0)
        {
            return string.Empty;
        }

        var scores = Score(sentences);
        var chosen = new List<int>();
        var length = 0;

        // What the paper proposes leads: the best sentence that says so, when one fits, then the most central sentence
        // after it (never the background before it). Without this, an abstract's results ("28.4 BLEU") or background
        // often rank highest by centrality.
        var contribution = Enumerable.Range(0, sentences.Count)
            .Where(i => sentences[i].Length <= maxChars && StatesContribution(sentences[i]))
            .OrderByDescending(i => scores[i])
            .Cast<int?>()
            .FirstOrDefault();
        var order = Enumerable.Range(0, sentences.Count).Where(i => contribution is null || i > contribution).OrderByDescending(i => scores[i]);
        foreach (var i in (contribution is { } first ? order.Prepend(first) : order).ToList())
        {
            var extra = sentences[i].Length + (chosen.Count > 0 ? 1 : 0);
            if (length + extra <= maxChars)
            {
                chosen.Add(i);
                length += extra;
            }

            if (chosen.Count == 2)
            {
                break;
            }
        }

        if (chosen.Count == 0)
        {
            // Every sentence is longer than the budget: the best one, cut at a word boundary.
            return CutAtWord(sentences[Array.IndexOf(scores, scores.Max())], maxChars);
        }

        return string.Join(' ', chosen.Order().Select(i => sentences[i]));
    }

    /// <summary>TextRank centrality times a position and cue-phrase prior; one score per sentence.</summary>
    internal static double[] Score(IReadOnlyList<string> sentences)
    {
        var tokens = sentences.Select(s => TextTokens.Of(s).ToHashSet()).ToList();
        var n = sentences.Count;
        var weights = new double[n, n];
        var outSum = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (i != j && tokens[i].Count > 1 && tokens[j].Count > 1)
                {
                    var overlap = tokens[i].Count(tokens[j].Contains);
                    weights[i, j] = overlap / (Math.Log(tokens[i].Count) + Math.Log(tokens[j].Count));
                    outSum[i] += weights[i, j];
                }
            }
        }

        var rank = Enumerable.Repeat(1.0, n).ToArray();
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var next = new double[n];
            for (var i = 0; i < n; i++)
            {
                var incoming = 0.0;
                for (var j = 0; j < n; j++)
                {
                    incoming += outSum[j] > 0 ? weights[j, i] / outSum[j] * rank[j] : 0;
                }

                next[i] = (1 - Damping) + Damping * incoming;
            }

            rank = next;
        }

        return [.. Enumerable.Range(0, n).Select(i => rank[i] * Prior(sentences[i], i, tokens[i].Count))];
    }

    /// <summary>
    /// Whether a sentence states what the paper contributes: "we propose", "we introduce", "this paper presents",
    /// "here we develop", "X is proposed" and their kin, rather than a result or the background.
    /// </summary>
    public static bool StatesContribution(string sentence) => Contribution().IsMatch(sentence) || Proposed().IsMatch(sentence);

    private static double Prior(string sentence, int index, int contentWords)
    {
        var position = 1 + 0.6 / (index + 1);
        var cue = StatesContribution(sentence) ? 1.5 : 1.0;
        var substance = contentWords < 4 ? 0.5 : 1.0;
        return position * cue * substance;
    }

    private static string CutAtWord(string sentence, int maxChars)
    {
        var cut = sentence.LastIndexOf(' ', Math.Max(0, maxChars - 2));
        return (cut > 0 ? sentence[..cut] : sentence[..Math.Max(0, maxChars - 1)]).TrimEnd(',', ';', ':') + "…";
    }

    [GeneratedRegex(@"\b(?:we|this (?:paper|work|study|article|letter)|here,? we|in this (?:paper|work),? we)\s+(?:(?:first|then|also|further|hence|thus|therefore)\s+)?(?:propose|introduce|present|develop|design|devise|formulate|describe|put forward|contribute|offer|establish|build|construct|release)", RegexOptions.IgnoreCase)]
    private static partial Regex Contribution();

    // The passive kin: "a novel approach is proposed", "a framework is introduced".
    [GeneratedRegex(@"\b(?:is|are)\s+(?:newly\s+)?(?:proposed|introduced|presented|developed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Proposed();
}
