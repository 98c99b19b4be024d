using System.Text.RegularExpressions;

namespace DigestBot.Summaries;

/// <summary>
/// The noun-phrase-like n-grams of a paper: one to three words that punctuation, LaTeX and function words do not cut,
/// with no verb or stock adjective at either edge and no adjective at its end (see <see cref="PhraseWords"/>), counted in
/// the title and abstract. A word the paper uses as a verb somewhere ("the agent sees no input") is in none of its phrases.
/// English noun phrases end with their head noun, so a phrase must end where its run of words ends (or before "of"
/// or a verb we know) at least once, or run on into several different words: "large language" always runs on into
/// "models" and is no phrase of its own, while "KV cache" runs on into "eviction", "size" and "budget".
/// </summary>
internal static partial class PhraseCandidates
{
    public const int MaxWords = 3;

    /// <summary>Words a verb follows: subject pronouns and modals.</summary>
    private static readonly HashSet<string> Subjects = new(StringComparer.OrdinalIgnoreCase)
    {
        "i", "you", "it", "we", "they", "he", "she", "who", "can", "could", "may", "might", "must", "shall", "should", "will",
        "would", "cannot",
    };

    /// <summary>Words that open a clause only a verb takes ("see what", "know whether", "explain how").</summary>
    private static readonly HashSet<string> Clauses = new(StringComparer.OrdinalIgnoreCase) { "whether", "what", "how" };

    /// <summary>Besides determiners, words that open a verb's object ("sees no input", "Math Takes Two"); for clauses see <see cref="Clauses"/>.</summary>
    private static readonly HashSet<string> Objects = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "any", "two", "three", "four", "several", "many",
    };

    private static readonly string[] AdverbEndings = ["ally", "ably", "ibly", "ently", "antly", "ively", "ately", "ously"];

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "its", "their", "our", "this", "these", "those", "each", "all",
    };

    public static IReadOnlyList<PhraseCandidate> Of(string title, string abstractText)
    {
        var found = new Dictionary<string, PhraseTally>(StringComparer.Ordinal);
        var position = 0;
        var texts = new[] { (Tokens: Tokens(title, inTitle: true), InTitle: true), (Tokens: Tokens(abstractText, inTitle: false), InTitle: false) };
        var verbs = Verbs([.. texts.Select(t => t.Tokens)]);
        foreach (var (read, inTitle) in texts)
        {
            var tokens = read.Select(t => !t.Break && verbs.Contains(t.Text) ? t with { Break = true } : t).ToList();
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
        MayEdge(words[0]) && MayEdge(words[^1]) && !PhraseWords.Modifiers.Contains(words[^1]) && !PhraseWords.IsAdjective(words[^1])
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

    /// <summary>
    /// The words a paper uses as verbs (any case): after a subject pronoun or a modal ("it thinks", "may encourage",
    /// so also "encourages"), after an adverb ("reliably predict"), before "what", "whether" or "how" ("See What I
    /// See"), or, ending in -s, before a determiner or a number ("the receiver sees no input", "Math Takes Two"). A
    /// word the text also puts after a determiner ("the tests") is a noun there too and stays a phrase word.
    /// </summary>
    private static HashSet<string> Verbs(IReadOnlyList<List<Token>> texts)
    {
        var verbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var nouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var tokens in texts)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                var word = tokens[i].Text;
                var previous = i > 0 && !tokens[i].Cut ? tokens[i - 1].Text : null;
                var next = i + 1 < tokens.Count && !tokens[i + 1].Cut ? tokens[i + 1].Text : null;
                if (previous is not null && Determiners.Contains(previous))
                {
                    nouns.Add(word);
                }
                else if (previous is not null && (Subjects.Contains(previous) || IsAdverb(previous)))
                {
                    verbs.Add(word);
                    verbs.Add(word + "s");
                    verbs.Add(word + "es");
                }
                else if (next is not null && (Clauses.Contains(next) || (IsThirdPerson(word) && (Determiners.Contains(next) || Objects.Contains(next)))))
                {
                    verbs.Add(word);
                }
            }
        }

        verbs.ExceptWith(nouns);
        return verbs;
    }

    private static bool IsThirdPerson(string word) =>
        word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)
        && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal) && !word.Any(char.IsDigit)
        && word.Skip(1).All(char.IsLower);

    private static bool IsAdverb(string word) =>
        word.Length > 6 && AdverbEndings.Any(e => word.EndsWith(e, StringComparison.OrdinalIgnoreCase));

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
