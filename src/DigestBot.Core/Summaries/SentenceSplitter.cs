using System.Text.RegularExpressions;

namespace DigestBot.Summaries;

/// <summary>
/// Splits an abstract into sentences. A period ends a sentence only when it is followed by space and a capital,
/// digit or opening mark, and is not part of an abbreviation (e.g., i.e., et al., Fig. 2, Eq., vs.), an initial
/// (J. Smith), a decimal or version number (3.5, v2.1), or LaTeX between dollar signs.
/// </summary>
public static partial class SentenceSplitter
{
    // Lower-cased, without the final period. "al" covers "et al."; single letters are initials.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "al", "etc", "vs", "cf", "fig", "figs", "eq", "eqs", "sec", "secs", "ref", "refs", "approx",
        "resp", "viz", "dr", "prof", "mr", "ms", "no", "nos", "vol", "pp", "ch", "tab", "thm", "lem", "def", "st",
        "jr", "sr", "inc", "ltd", "co", "corp", "dept", "univ", "est", "min", "max", "avg", "std", "var", "i.i.d",
    };

    public static IReadOnlyList<string> Split(string text)
    {
        var sentences = new List<string>();
        var start = 0;
        var inMath = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '$' && (i == 0 || text[i - 1] != '\\'))
            {
                inMath = !inMath;
            }

            if (inMath || c is not ('.' or '!' or '?') || !EndsSentence(text, i))
            {
                continue;
            }

            Add(sentences, text[start..(i + 1)]);
            start = i + 1;
        }

        Add(sentences, text[start..]);
        return sentences;
    }

    private static bool EndsSentence(string text, int i)
    {
        // Runs of terminators ("?!", "...") end where the run ends.
        if (i + 1 < text.Length && text[i + 1] is '.' or '!' or '?')
        {
            return false;
        }

        var next = i + 1;
        while (next < text.Length && text[next] is '"' or '\'' or ')' or ']' or '”' or '’')
        {
            next++;
        }

        if (next >= text.Length)
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[next]))
        {
            return false; // 3.5, v2.1, e.g.x, arxiv.org
        }

        var after = next;
        while (after < text.Length && char.IsWhiteSpace(text[after]))
        {
            after++;
        }

        if (after >= text.Length)
        {
            return true;
        }

        var opener = text[after];
        if (!(char.IsUpper(opener) || char.IsDigit(opener) || opener is '"' or '“' or '(' or '[' or '$' or '\\'))
        {
            return false; // "e.g. the model", "et al. showed"
        }

        return text[i] != '.' || !IsAbbreviation(WordBefore(text, i));
    }

    private static string WordBefore(string text, int period)
    {
        var start = period;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && text[start - 1] is not ('(' or '[' or '"'))
        {
            start--;
        }

        return text[start..period];
    }

    private static bool IsAbbreviation(string word) =>
        word.Length == 1 && char.IsUpper(word[0]) // an initial: "J. Smith"
        || Abbreviations.Contains(word)
        || DottedInitials().IsMatch(word); // "U.S", "i.i.d"

    private static void Add(List<string> sentences, string sentence)
    {
        var trimmed = Whitespace().Replace(sentence, " ").Trim();
        if (trimmed.Length > 0)
        {
            sentences.Add(trimmed);
        }
    }

    [GeneratedRegex(@"^(?:[A-Za-z]\.)+[A-Za-z]$")]
    private static partial Regex DottedInitials();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
