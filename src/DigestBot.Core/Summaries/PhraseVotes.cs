using System.Text.RegularExpressions;
using DigestBot.Search;

namespace DigestBot.Summaries;

/// <summary>
/// What a paper votes for as a theme: its key phrases and the phrases inside them ("normalization" inside
/// "Pre-Layer Normalization"), each weighed by how central its key phrase is to the paper times the square of its
/// own specificity in the whole index (idf relative to the rarest possible): a theme must be shared and specific,
/// and squaring keeps many weak votes for "learning" from outweighing two strong ones for "KV cache".
/// </summary>
internal static partial class PhraseVotes
{
    /// <summary>Every phrase papers with these key phrases may vote for: what <see cref="Of"/> needs frequencies of.</summary>
    public static IEnumerable<string> Phrases(IEnumerable<IReadOnlyList<KeyPhrase>> phrases) =>
        phrases.SelectMany(list => list.SelectMany(p => Inside(p).Select(i => i.Text))).Distinct(StringComparer.Ordinal);

    public static Dictionary<string, PhraseVote> Of(IReadOnlyList<KeyPhrase> phrases, PhraseFrequencies frequencies)
    {
        var votes = new Dictionary<string, PhraseVote>(StringComparer.Ordinal);

        // Centrality is relative to the paper's best phrase that another paper also uses: a paper with a catchy name
        // of its own ("MiniCache") is no less about "KV cache" than one without.
        var top = phrases.Where(p => frequencies.Counts.GetValueOrDefault(p.Text) > 1).Select(p => p.Score).DefaultIfEmpty(1).Max();
        var rarest = Math.Log(2 + frequencies.Documents);
        foreach (var phrase in phrases)
        {
            foreach (var (key, text) in Inside(phrase))
            {
                var specificity = frequencies.Idf(text) / rarest;
                var weight = Math.Min(1, phrase.Score / top) * specificity * specificity;
                if (!votes.TryGetValue(key, out var vote) || vote.Weight < weight)
                {
                    votes[key] = new PhraseVote(key, text, weight);
                }
            }
        }

        return votes;
    }

    /// <summary>
    /// The phrase, its shorter endings and its single words: "Pre-Layer Normalization" → "layer normalization",
    /// "normalization", "layer". A noun phrase's ending keeps its head noun; a beginning ("large language") need not.
    /// </summary>
    private static IEnumerable<(string Key, string Text)> Inside(KeyPhrase phrase)
    {
        yield return (phrase.Key, phrase.Text);

        // Keys split hyphenated words as the text's parts do, so key words and parts line up one to one.
        var keys = phrase.Key.Split(' ');
        var parts = Part().Matches(phrase.Text);
        if (parts.Count != keys.Length)
        {
            yield break;
        }

        for (var start = 1; start < keys.Length; start++)
        {
            if (keys.Length - start <= PhraseCandidates.MaxWords && Edges(start, keys.Length))
            {
                yield return Sub(start, keys.Length);
            }
        }

        for (var i = 0; i < keys.Length - 1; i++)
        {
            if (Edges(i, i + 1))
            {
                yield return Sub(i, i + 1);
            }
        }

        bool Edges(int from, int to) => PhraseCandidates.HasPhraseEdges([.. parts.Skip(from).Take(to - from).Select(m => m.Value)]);

        (string, string) Sub(int from, int to) =>
            (string.Join(' ', keys[from..to]), phrase.Text[parts[from].Index..(parts[to - 1].Index + parts[to - 1].Length)]);
    }

    [GeneratedRegex(@"[^\s\-]+")]
    private static partial Regex Part();
}
