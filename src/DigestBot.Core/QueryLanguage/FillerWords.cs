using Lucene.Net.Analysis.En;

namespace DigestBot.QueryLanguage;

/// <summary>
/// The words of a typed question that say how it is asked, not what it is about ("what", "how can", "is there",
/// "papers about", "recent work on"), dropped from free text beside Lucene's English stop words. Only free text
/// drops them: an operator query or a watch still requires every word it names. Words that are often a topic
/// ("research", "work", "study", "use") are dropped only inside the phrases that make them filler.
/// </summary>
internal static class FillerWords
{
    private static readonly HashSet<string> Single = new(StringComparer.Ordinal)
    {
        // Question words and auxiliaries.
        "what", "whats", "why", "how", "when", "where", "which", "who", "whom", "whose", "whether",
        "do", "does", "did", "doing", "done", "can", "cannot", "could", "should", "would", "shall", "may", "might",
        "must", "am", "was", "were", "been", "being", "has", "have", "had", "having", "get", "gets", "got",

        // Pronouns and determiners.
        "i", "me", "my", "we", "us", "our", "you", "your", "he", "she", "him", "her", "his", "its", "them", "those",
        "something", "anything", "any", "some", "each", "every", "other", "another", "one", "ones",

        // Function words a question carries that Lucene's short stop list keeps.
        "about", "also", "just", "only", "very", "more", "most", "much", "many", "so", "than", "too", "from", "via",
        "without", "within", "over", "under", "between", "among", "across", "through", "during", "after", "before",
        "upon", "using", "regarding", "concerning", "way", "ways", "possible", "currently", "ever", "still", "inside",
        "happen", "happens", "happened",

        // Asking for papers rather than naming a topic.
        "paper", "papers", "article", "articles", "publication", "publications", "find", "show", "tell", "list",
        "give", "know", "known", "want", "looking", "search", "recent", "latest", "make", "makes", "making",
    };

    /// <summary>Phrases dropped whole, wherever they stand; the longest that fits is taken first.</summary>
    private static readonly string[][] Phrases =
    [
        .. new[]
        {
            "is there", "are there", "is it", "tell me", "show me", "i want", "i need", "looking for", "what is known",
            "work on", "work in", "works on", "research on", "research in", "research about", "studies on", "studies of",
            "studies about", "study of", "literature on", "literature about", "advances in", "advances on", "progress in",
            "progress on", "state of knowledge", "what is new", "what's new", "whats new", "anything new", "something new",
            "new paper", "new papers", "new work", "new research", "new articles", "new publications", "new studies",
            "new results",
        }.Select(p => p.Split(' ')).OrderByDescending(p => p.Length),
    ];

    /// <summary>True for a lower-case word free text leaves out: a stop word or a filler word.</summary>
    public static bool IsFiller(string lower) =>
        Single.Contains(lower) || EnglishAnalyzer.DefaultStopSet.Contains(lower);

    /// <summary>How many words from <paramref name="at"/> form a filler phrase (0 when none does).</summary>
    public static int PhraseAt(IReadOnlyList<string> lower, int at)
    {
        foreach (var phrase in Phrases)
        {
            if (at + phrase.Length <= lower.Count && phrase.Select((w, i) => lower[at + i] == w).All(x => x))
            {
                return phrase.Length;
            }
        }

        return 0;
    }
}
