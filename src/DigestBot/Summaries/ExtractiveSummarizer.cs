using System.Text.RegularExpressions;

namespace DigestBot.Summaries;

/// <summary>
/// An offline TL;DR: the abstract's most central sentences (TextRank over word overlap) with a prior for early
/// sentences and for the sentence that states the contribution ("we propose…"). One or two whole sentences,
/// in their original order, within the character budget.
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
        foreach (var i in Enumerable.Range(0, sentences.Count).OrderByDescending(i => scores[i]))
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

    private static double Prior(string sentence, int index, int contentWords)
    {
        var position = 1 + 0.6 / (index + 1);
        var cue = Contribution().IsMatch(sentence) ? 1.5 : 1.0;
        var substance = contentWords < 4 ? 0.5 : 1.0;
        return position * cue * substance;
    }

    private static string CutAtWord(string sentence, int maxChars)
    {
        var cut = sentence.LastIndexOf(' ', Math.Max(0, maxChars - 2));
        return (cut > 0 ? sentence[..cut] : sentence[..Math.Max(0, maxChars - 1)]).TrimEnd(',', ';', ':') + "…";
    }

    [GeneratedRegex(@"\b(?:we|this (?:paper|work)|here,? we)\s+(?:propose|introduce|present|show|develop|demonstrate|find|design|study)", RegexOptions.IgnoreCase)]
    private static partial Regex Contribution();
}
