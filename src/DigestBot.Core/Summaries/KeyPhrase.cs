namespace DigestBot.Summaries;

/// <summary>
/// A key phrase of a paper as the paper writes it (<see cref="Text"/>), its folded <see cref="Key"/> (case, plurals
/// and hyphens aside: how phrases of different papers are matched) and its weight in the paper.
/// </summary>
public sealed record KeyPhrase(string Text, string Key, double Score);
