namespace DigestBot.Search;

/// <summary>
/// How many indexed papers hold each phrase in their abstract (<see cref="Counts"/>, keyed by the phrase as asked),
/// out of <see cref="Documents"/> indexed papers: the corpus statistics key phrases are weighed against.
/// </summary>
public sealed record PhraseFrequencies(int Documents, IReadOnlyDictionary<string, int> Counts)
{
    public static PhraseFrequencies None { get; } = new(0, new Dictionary<string, int>());

    /// <summary>Smoothed inverse document frequency; a phrase the index has never seen gets the highest.</summary>
    public double Idf(string phrase) =>
        Math.Log(1 + (Documents + 1.0) / ((Counts.TryGetValue(phrase, out var n) ? n : 0) + 1.0));
}
