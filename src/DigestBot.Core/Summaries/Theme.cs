using DigestBot.Papers;

namespace DigestBot.Summaries;

/// <summary>
/// Papers that share a key phrase (<see cref="Label"/>), best match first; <see cref="Representative"/> is the one that
/// shares the most with the others.
/// </summary>
public sealed record Theme(string Label, IReadOnlyList<Paper> Papers, Paper Representative)
{
    public int Count => Papers.Count;
}
