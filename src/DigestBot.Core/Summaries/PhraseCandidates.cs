using System.Text.RegularExpressions;

namespace DigestBot.Summaries;

/// <summary>
/// The noun-phrase-like n-grams of a paper: one to three words that punctuation, LaTeX and function words do not cut,
/// with no verb or stock adjective at either edge (see <see cref="PhraseWords"/>), counted in the title and abstract.
/// English noun phrases end with their head noun, so a phrase must end where its run of words ends (or before "of"
/// or a verb we know) at least once, or run on into several different words: "large language" always runs on into
/// "models" and is no phrase of its own, while "KV cache" runs on into "eviction", "size" and "budget".
/// </summary>
internal static partial class PhraseCandidates
{
    public const int MaxWords = 3;

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "its", "their", "our", "this", "these", "those", "each", "all",
    };

    public static IReadOnlyList<PhraseCandidate> Of(string title, string abstractText)
    {
        var found = new Dictionary<string, PhraseTally>(StringComparer.Ordinal);
        var position = 0;
        foreach (var (tokens, inTitle) in new[] { (Tokens(title, inTitle: true), true), (Tokens(abstractText, inTitle: false), false) })
        {
            for (var start = 0; start < tokens.Count; start++, position++)
            {
                for (var end = start; end < tokens.Count && end < start + MaxWords; end++)
                {
                    if (tokens[end].Break || (end > start && tokens[end].Cut))
                    {
                        break;
                    }

                    var words = tokens.GetRange(start, end - start + 1);
                    if (!HasPhraseEdges(words))
                    {
                        continue;
                    }

                    var key = string.Join(' ', words.Select(w => KeyOf(w.Text)));
                    var tally = found.TryGetValue(key, out var t) ? t : found[key] = new PhraseTally(words.Count, position);
                    var next = end + 1 < tokens.Count ? tokens[end + 1] : null;
                    var ends = next is null || next.Break || next.Cut || PhraseWords.Edges.Contains(next.Text); // "of", "shows"
                    tally.Add(string.Join(' ', words.Select(w => w.Display(inTitle))), inTitle, ends ? null : KeyOf(next!.Text));
                }
            }
        }

        return [.. found.Where(f => f.Value.IsUnit).Select(f => f.Value.ToCandidate(f.Key))];
    }

    /// <summary>The key of one word: lower case, light stem, hyphenated parts apart ("KV-caches" → "kv cache").</summary>
    public static string KeyOf(string word) =>
        string.Join(' ', word.ToLowerInvariant().Split('-', StringSplitOptions.RemoveEmptyEntries).Select(TextTokens.Stem));

    /// <summary>Whether a phrase may start and end with these words (its inside may hold "of").</summary>
    public static bool HasPhraseEdges(IReadOnlyList<string> words) =>
        MayEdge(words[0]) && MayEdge(words[^1]) && !PhraseWords.Modifiers.Contains(words[^1])
        && !words[0].EndsWith("ly", StringComparison.OrdinalIgnoreCase)
        && !(words[^1].Length > 4 && words[^1].EndsWith("ed", StringComparison.OrdinalIgnoreCase)); // "models trained"

    private static bool HasPhraseEdges(List<Token> words) => HasPhraseEdges([.. words.Select(w => w.Text)]);

    private static bool MayEdge(string word) =>
        word.Length > 1 && word.Any(char.IsLetter) && !PhraseWords.Edges.Contains(word) && !PhraseWords.Breaks.Contains(word);

    /// <summary>The words of a text, each marked as a break word or as cut from the word before by punctuation.</summary>
    private static List<Token> Tokens(string text, bool inTitle)
    {
        // Accents written in LaTeX ("Poincar\'e") keep their letter; math, commands and links cut phrases.
        var plain = Noise().Replace(Accent().Replace(text, "$1"), " ; ");
        var tokens = new List<Token>();
        var end = 0;
        var matches = Word().Matches(plain);
        for (var i = 0; i < matches.Count; i++)
        {
            var m = matches[i];
            var gap = plain.AsSpan(end, m.Index - end);
            end = m.Index + m.Length;
            var sentenceStart = i == 0 || gap.IndexOfAny(".!?:") >= 0;
            var word = Possessive().Replace(m.Value, string.Empty);
            var next = i + 1 < matches.Count ? matches[i + 1].Value : null;
            var breaks = PhraseWords.Breaks.Contains(word) || IsVerb(word, sentenceStart, inTitle, next);
            tokens.Add(new Token(word, breaks, Cut: !gap.IsWhiteSpace(), sentenceStart));
        }

        return tokens;
    }

    /// <summary>"-ing" before a determiner ("unleashing the"), or opening a title ("Rethinking Image Inpainting"), is a verb.</summary>
    private static bool IsVerb(string word, bool sentenceStart, bool inTitle, string? next) =>
        word.Length > 5 && word.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
        && (next is not null && Determiners.Contains(next) || inTitle && sentenceStart);

    private sealed record Token(string Text, bool Break, bool Cut, bool SentenceStart)
    {
        /// <summary>Title case and sentence capitals say nothing; a capital inside a sentence does ("Transformer", "KV").</summary>
        public string Display(bool inTitle) =>
            (inTitle || SentenceStart) && !Text.Skip(1).Any(char.IsUpper) ? Text.ToLowerInvariant() : Text;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[\-'’][\p{L}\p{N}]+)*")]
    private static partial Regex Word();

    [GeneratedRegex(@"\\[`'^""~=.]\{?([A-Za-z])\}?")]
    private static partial Regex Accent();

    [GeneratedRegex(@"\$[^$]*\$|\\[A-Za-z]+|\b(?:https?://|www\.)\S+")]
    private static partial Regex Noise();

    [GeneratedRegex(@"['’]s?$")]
    private static partial Regex Possessive();
}
