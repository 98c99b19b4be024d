using DigestBot.Papers;

namespace DigestBot.Watches;

/// <summary>One watch matching one paper, with the query terms that hit (for "why it matched").</summary>
public sealed record WatchMatch(Paper Paper, Watch Watch, IReadOnlyList<string> Terms);
