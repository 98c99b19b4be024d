using DigestBot.Papers;
using DigestBot.Search;

namespace DigestBot.Summaries;

/// <summary>
/// Groups papers into themes by shared key phrases (see <see cref="PhraseVotes"/>); a word no reader would call a
/// theme ("models", "wise" of "layer-wise") never names one (<see cref="PhraseWords.IsGenericTheme"/>). Themes are taken greedily: the
/// phrase with the most votes among papers not yet in a theme, shared by at least two of them, discounted (gently: a
/// square root) as more of the window shares it, since what every paper shares is the query's subject, not a theme.
/// Greedy picks favour tight pairs, so two themes then become one when all their papers share a phrase that carries
/// a good part of their weight and is hardly found elsewhere in the window: "Pre-LN" and "batch normalization" papers
/// meet at "normalization", while "LLMs", which Pre-LN and KV cache papers only mention, does not join them.
/// </summary>
internal sealed class ThemeGrouping
{
    /// <summary>A phrase in more than this share of the index's papers is too common to be a theme ("model", "loss")...</summary>
    private const double CommonShare = 0.1;

    /// <summary>...once the index is large enough for its frequencies to say so.</summary>
    private const int CommonFrom = 100;

    /// <summary>A merged theme keeps at least this share of the two themes' weight.</summary>
    private const double MergeShare = 1 / 3.0;

    private readonly IReadOnlyList<Paper> _papers;
    private readonly List<Dictionary<string, PhraseVote>> _votes;

    /// <summary>How many papers of the window vote for each phrase that may name a theme.</summary>
    private readonly Dictionary<string, int> _support;

    public ThemeGrouping(IReadOnlyList<Paper> papers, IReadOnlyList<IReadOnlyList<KeyPhrase>> phrases, PhraseFrequencies frequencies)
    {
        _papers = papers;
        _votes = [.. phrases.Select(p => PhraseVotes.Of(p, frequencies))];
        _support = _votes.SelectMany(v => v.Values)
            .Where(v => !PhraseWords.IsGenericTheme(v.Key))
            .Where(v => frequencies.Documents < CommonFrom || frequencies.Counts.GetValueOrDefault(v.Text) <= CommonShare * frequencies.Documents)
            .GroupBy(v => v.Key)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
    }

    public IReadOnlyList<Theme> Group(int maxThemes)
    {
        var free = Enumerable.Range(0, _papers.Count).ToHashSet();
        var themes = new List<(string Key, List<int> Members)>();

        // Merging can only shrink the list, so gather a few spare themes first.
        while (themes.Count < 2 * maxThemes && Best(free) is { } best)
        {
            themes.Add(best);
            free.ExceptWith(best.Members);
        }

        while (Merge(themes))
        {
        }

        // The strongest themes, largest first.
        return [.. themes.Take(maxThemes).OrderByDescending(t => t.Members.Count).Select(t => ToTheme(t.Key, t.Members))];
    }

    private double Gain(string key, List<int> members) =>
        members.Sum(i => _votes[i][key].Weight) * Math.Sqrt(Math.Log(1 + (double)_papers.Count / _support[key]));

    private (string Key, List<int> Members)? Best(HashSet<int> free)
    {
        var best = _support.Keys
            .Select(key => (Key: key, Members: free.Where(i => _votes[i].ContainsKey(key)).ToList()))
            .Where(c => c.Members.Count >= 2)
            .Select(c => (c.Key, c.Members, Gain: Gain(c.Key, c.Members)))
            .OrderByDescending(c => c.Gain)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Members is null ? null : (best.Key, best.Members);
    }

    /// <summary>Merges the first pair of themes that share a phrase as described above; false when none do.</summary>
    private bool Merge(List<(string Key, List<int> Members)> themes)
    {
        for (var a = 0; a < themes.Count; a++)
        {
            for (var b = a + 1; b < themes.Count; b++)
            {
                var members = themes[a].Members.Concat(themes[b].Members).ToList();
                var floor = MergeShare * (Gain(themes[a].Key, themes[a].Members) + Gain(themes[b].Key, themes[b].Members));
                var shared = _votes[members[0]].Keys
                    .Where(k => _support.TryGetValue(k, out var n) && n <= 1.5 * members.Count && members.All(m => _votes[m].ContainsKey(k)))
                    .Select(k => (Key: k, Gain: Gain(k, members)))
                    .Where(k => k.Gain >= floor)
                    .OrderByDescending(k => k.Gain)
                    .ThenBy(k => k.Key, StringComparer.Ordinal)
                    .FirstOrDefault();
                if (shared.Key is not null)
                {
                    themes[a] = (shared.Key, members);
                    themes.RemoveAt(b);
                    return true;
                }
            }
        }

        return false;
    }

    private Theme ToTheme(string key, List<int> members)
    {
        var ordered = members.OrderByDescending(i => _votes[i][key].Weight).ThenBy(i => i).ToList();
        var representative = ordered.MaxBy(i => Shared(i, ordered) + _votes[i][key].Weight);
        return new Theme(Label(key, ordered), [.. ordered.Select(i => _papers[i])], _papers[representative]);
    }

    /// <summary>
    /// The theme's name: the longest phrase holding the chosen one that most members vote for ("KV cache" rather than
    /// "cache"), in the spelling most of them use.
    /// </summary>
    private string Label(string key, List<int> members)
    {
        var words = key.Split(' ');
        var longest = members.SelectMany(m => _votes[m].Keys).Distinct(StringComparer.Ordinal)
            .Where(k => 2 * members.Count(m => _votes[m].ContainsKey(k)) > members.Count && KeyPhrases.Contains(k.Split(' '), words))
            .OrderByDescending(k => k.Split(' ').Length)
            .ThenByDescending(k => members.Sum(m => _votes[m].GetValueOrDefault(k)?.Weight ?? 0))
            .ThenBy(k => k, StringComparer.Ordinal)
            .First();
        return members
            .Where(m => _votes[m].ContainsKey(longest))
            .Select(m => _votes[m][longest].Text)
            .GroupBy(t => t, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key.Count(char.IsUpper)) // "normalization" over "Normalization" from "Pre-Layer Normalization"
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .First().Key;
    }

    /// <summary>How much of its weight a paper shares with the other members: the most typical one has the most.</summary>
    private double Shared(int paper, List<int> members) =>
        members.Where(m => m != paper)
            .Sum(m => _votes[paper].Values.Where(v => _votes[m].ContainsKey(v.Key)).Sum(v => Math.Min(v.Weight, _votes[m][v.Key].Weight)));
}
