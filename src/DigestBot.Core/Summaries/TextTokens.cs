using System.Text.RegularExpressions;

namespace DigestBot.Summaries;

/// <summary>Content words of a sentence for similarity: lower case, stop words out, plural and -ing/-ed endings folded.</summary>
internal static partial class TextTokens
{
    private static readonly HashSet<string> StopWords =
    [
        "a", "an", "and", "are", "as", "at", "be", "been", "by", "can", "do", "does", "for", "from", "has", "have", "how",
        "in", "into", "is", "it", "its", "may", "more", "most", "of", "on", "or", "our", "such", "than", "that", "the",
        "their", "them", "these", "they", "this", "those", "to", "under", "use", "used", "using", "via", "was", "we",
        "were", "what", "when", "where", "which", "while", "with", "without", "also", "both", "each", "other", "not",
        "paper", "show", "shows", "propose", "proposed", "present", "approach", "method", "methods", "results", "based",
        "new", "novel", "well", "however", "further", "between", "over", "only", "all", "any", "one", "two", "there",
    ];

    public static IReadOnlyList<string> Of(string sentence) =>
        [.. Words().Matches(sentence.ToLowerInvariant()).Select(m => m.Value).Where(w => w.Length > 1 && !StopWords.Contains(w)).Select(Stem)];

    /// <summary>A light stemmer: enough to match "models"/"model" and "training"/"trained" within one abstract.</summary>
    public static string Stem(string word)
    {
        if (word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal))
        {
            return word[..^3];
        }

        if (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }

        return word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}\-]*")]
    private static partial Regex Words();
}
