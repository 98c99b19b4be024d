using System.Text.RegularExpressions;
using DigestBot.Papers;

namespace DigestBot.QueryLanguage;

/// <summary>
/// Whether a query typed into search is free text, and its content words. A query is free text when it uses none of
/// the language's syntax: no <c>AND</c>/<c>OR</c>/<c>NOT</c>/<c>ANDNOT</c>, no known field prefix (<c>ti:</c>), no
/// quotes, no <c>-</c> or <c>+</c> against a word, no <c>*</c> and no escape. Then <c>?</c>, parentheses, a colon
/// after something that is not a field and a dash between spaces are punctuation, never a refusal.
/// </summary>
internal static partial class FreeText
{
    /// <summary>Characters that split free text into words (a hyphen or a dot inside a word keeps it whole: Pre-LN, GPT-3.5).</summary>
    private static readonly char[] Separators = ['?', ':', '(', ')', '[', ']', '{', '}', '!', ';', ',', '/', '|', '<', '>', '='];

    public static bool IsFreeText(string text)
    {
        text = QueryLexer.Straighten(text);
        if (text.AsSpan().IndexOfAny('"', '*', '\\') >= 0)
        {
            return false;
        }

        foreach (var raw in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var token = raw.TrimStart('(').TrimEnd(')');
            if (token is "AND" or "OR" or "NOT" or "ANDNOT")
            {
                return false;
            }

            // -survey and +required are operators; a dash standing alone (a – b) is punctuation.
            if (token.Length > 1 && token[0] is '-' or '+' && (char.IsLetterOrDigit(token[1]) || token[1] is '(' or '"'))
            {
                return false;
            }

            var colon = token.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && SearchFields.TryParse(token[..colon], out _))
            {
                return false;
            }

            if (IsLetterWildcard(token))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A content word of free text as a term: an arXiv category (<c>cs.CV</c>, <c>stat.ML</c>, <c>cond-mat.str-el</c>)
    /// is also read as the papers' category, as <c>all:</c> reads it, so "diffusion cs.CV" keeps to vision papers
    /// (title, abstract and authors never hold it); any other word is read in title, abstract and authors.
    /// </summary>
    public static TermNode WordTerm(string word) =>
        new(ArxivCategory().IsMatch(word) ? SearchField.All : SearchField.Default, word);

    /// <summary>
    /// The papers named by text that is nothing but paper ids and links (arXiv ids, DOIs, OpenAlex and Semantic Scholar
    /// ids, links, as <see cref="PaperReference"/> reads them; Discord's <c>&lt;link&gt;</c> too); null when any word
    /// is something else, or there are more than <paramref name="limit"/>.
    /// </summary>
    public static IReadOnlyList<PaperReference>? PaperReferences(string text, int limit)
    {
        var references = new List<PaperReference>();
        foreach (var token in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (references.Count == limit || !PaperReference.TryParse(Unwrapped(token), out var reference))
            {
                return null;
            }

            references.Add(reference);
        }

        return references.Count > 0 ? references : null;
    }

    /// <summary>A pasted id or link without Discord's <c>&lt;…&gt;</c> and a question's or a list's punctuation after it.</summary>
    private static string Unwrapped(string token) => token.TrimStart('<').TrimEnd('>', ',', ';', '?', '!', '.');

    /// <summary>
    /// A <c>?</c> inside a word (<c>colo?r</c>, <c>behaviou?r</c>) stands for one letter; at the end of a word
    /// (<c>compressed?</c>), alone, or in a link's query string it is a question's punctuation.
    /// </summary>
    private static bool IsLetterWildcard(string token)
    {
        var word = token.TrimEnd('?', '!', '.', ',', ';', ':', ')');
        var mark = word.IndexOf('?', StringComparison.Ordinal);
        return mark > 0 && char.IsLetterOrDigit(word[mark - 1]) && !word.Contains("://", StringComparison.Ordinal);
    }

    /// <summary>
    /// The words of free text written with a field we do not have but most likely meant (<c>author:Cooper</c> →
    /// <c>au:Cooper</c>), which free text reads as words: the reply says so and what to write instead.
    /// </summary>
    public static IReadOnlyList<(string Typed, string Meant)> MistypedFields(string text) =>
        [.. text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(raw => raw.TrimStart('(').TrimEnd(')', '?', ',', '.'))
            .Select(token => (Token: token, Colon: token.IndexOf(':', StringComparison.Ordinal)))
            .Where(t => t.Colon > 0 && t.Colon < t.Token.Length - 1 && t.Token[..t.Colon].All(char.IsAsciiLetter))
            .Select(t => (t.Token, Known: SearchFields.Suggest(t.Token[..t.Colon]), Value: t.Token[(t.Colon + 1)..]))
            .Where(t => t.Known is not null)
            .Select(t => (t.Token, $"{t.Known}:{t.Value}"))];

    /// <summary>
    /// The content words of free text, as typed (case kept, punctuation around them trimmed), question and filler words
    /// and stop words left out, at most <paramref name="limit"/> of them.
    /// </summary>
    public static IReadOnlyList<string> Words(string text, int limit)
    {
        var units = QueryLexer.Straighten(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(w => w.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
            .Select(w => w.Trim().TrimStart(NotWord).TrimEnd(NotWord))
            .Where(w => w.Any(char.IsLetterOrDigit))
            .ToList();
        var lower = units.Select(u => u.ToLowerInvariant()).ToList();
        var words = new List<string>();
        for (var i = 0; i < units.Count && words.Count < limit; i++)
        {
            var phrase = FillerWords.PhraseAt(lower, i);
            if (phrase > 0)
            {
                i += phrase - 1;
            }
            else if (!FillerWords.IsFiller(lower[i].Replace("'s", string.Empty, StringComparison.Ordinal)))
            {
                words.Add(units[i]);
            }
        }

        return words;
    }

    [GeneratedRegex(@"^(?:cs|math|stat|physics|q-bio|q-fin|econ|eess|astro-ph|cond-mat|nlin)\.[a-z]+(?:-[a-z]+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArxivCategory();

    /// <summary>Characters trimmed from the ends of a word: anything but letters and digits.</summary>
    private static char[] NotWord { get; } = [.. Enumerable.Range(0, 128).Select(c => (char)c).Where(c => !char.IsLetterOrDigit(c))];
}
