using System.Text.RegularExpressions;

namespace DigestBot.Benchmarks;

/// <summary>
/// Word frequencies learned from real abstracts: the observed words ranked by frequency (each in its most common
/// spelling, so "LLMs" keeps its case), extended with invented words to <see cref="VocabularySize"/>, and a Zipf
/// exponent fitted to the observed rank/frequency curve. <see cref="Next"/> draws a word with P(rank r) ∝ r^-s.
/// </summary>
internal sealed partial class WordModel
{
    public const int VocabularySize = 60_000;

    private readonly string[] _words;
    private readonly double[] _cumulative;

    private WordModel(string[] words, double exponent)
    {
        _words = words;
        Exponent = exponent;
        _cumulative = new double[words.Length];
        var sum = 0.0;
        for (var r = 0; r < words.Length; r++)
        {
            sum += Math.Pow(r + 1, -exponent);
            _cumulative[r] = sum;
        }
    }

    public double Exponent { get; }

    public int ObservedWords { get; private init; }

    public IReadOnlyList<string> Words => _words;

    /// <summary>Learns from the text; <paramref name="random"/> invents the rare tail.</summary>
    public static WordModel Learn(IEnumerable<string> texts, Random random)
    {
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (Match m in texts.SelectMany(t => Word().Matches(t)))
        {
            var key = m.Value.ToLowerInvariant();
            var forms = counts.TryGetValue(key, out var f) ? f : counts[key] = new Dictionary<string, int>(StringComparer.Ordinal);
            forms[m.Value] = forms.GetValueOrDefault(m.Value) + 1;
        }

        var ranked = counts
            .Select(c => (Word: c.Value.MaxBy(f => f.Value).Key, Count: c.Value.Values.Sum()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Word, StringComparer.Ordinal)
            .ToList();
        var known = ranked.Select(r => r.Word.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var words = ranked.Select(r => r.Word).ToList();
        while (words.Count < VocabularySize)
        {
            var invented = Invent(random);
            if (known.Add(invented))
            {
                words.Add(invented);
            }
        }

        return new WordModel([.. words], FitExponent(ranked.Select(r => r.Count).ToList())) { ObservedWords = ranked.Count };
    }

    public string Next(Random random)
    {
        var u = random.NextDouble() * _cumulative[^1];
        var i = Array.BinarySearch(_cumulative, u);
        return _words[i >= 0 ? i : Math.Min(~i, _words.Length - 1)];
    }

    /// <summary>The word at a frequency rank (0 = most common).</summary>
    public string AtRank(int rank) => _words[rank];

    /// <summary>Least squares on log(count) = a − s·log(rank) over the ranks seen at least twice.</summary>
    private static double FitExponent(List<int> counts)
    {
        var points = counts.TakeWhile(c => c >= 2).Select((c, i) => (X: Math.Log(i + 1), Y: Math.Log(c))).ToList();
        var mx = points.Average(p => p.X);
        var my = points.Average(p => p.Y);
        var slope = points.Sum(p => (p.X - mx) * (p.Y - my)) / points.Sum(p => (p.X - mx) * (p.X - mx));
        return -slope;
    }

    private static string Invent(Random random)
    {
        string[] syllables = ["ka", "ro", "ten", "mi", "sor", "lu", "ve", "nat", "pri", "dex", "o", "gra", "fi", "tor", "qua", "zen", "li", "mor", "sa", "pe"];
        var word = string.Concat(Enumerable.Range(0, 2 + random.Next(3)).Select(_ => syllables[random.Next(syllables.Length)]));
        return random.Next(8) == 0 ? word + "s" : word;
    }

    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
