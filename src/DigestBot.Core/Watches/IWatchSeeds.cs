using DigestBot.QueryLanguage;


namespace DigestBot.Watches;

/// <summary>The seeds of a watch's <c>like:</c> and <c>about:</c> terms, and how close a paper must be to one of them.</summary>
public interface IWatchSeeds
{
    /// <summary>The term's seeds (its papers, or its text); throws when the model is unavailable.</summary>
    IReadOnlyList<WatchSeed> Seeds(TermNode term);

    /// <summary>The similarity a paper must reach to match the term.</summary>
    float Threshold(TermNode term);
}
