using DigestBot.Digests;
using DigestBot.Sources;

namespace DigestBot.Status;

/// <summary>
/// What is stored about one channel and the sources feeding it, at <see cref="Now"/>: the input of
/// <see cref="QuietChannel"/>. <see cref="LastNewPapers"/> is the newest first-seen time in the paper store.
/// </summary>
public sealed record ChannelFacts(
    ChannelState Channel,
    int Watches,
    int Pending,
    DateTimeOffset? NextDigest,
    IReadOnlyList<SourceStatus> Sources,
    DateTimeOffset? LastNewPapers,
    DateTimeOffset Now)
{
    /// <summary>
    /// Lately stored papers that match the watches but were never owed to the channel; read only when
    /// <see cref="QuietChannel.WouldSayNothingMatched"/>, null otherwise.
    /// </summary>
    public MissedMatches? Missed { get; init; }

    /// <summary>Whether the reader is in Discord, where commands are named <c>/watch add</c>; elsewhere <c>watch add</c>.</summary>
    public bool InDiscord { get; init; } = true;
}
