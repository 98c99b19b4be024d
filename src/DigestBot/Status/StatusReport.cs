using DigestBot.Digests;
using DigestBot.Sources;

namespace DigestBot.Status;

/// <summary>
/// <c>status --json</c>: <c>{"papers": n, "sources": [...], "channels": [...]}</c>.
/// </summary>
public sealed record StatusReport(int Papers, IReadOnlyList<SourceStatus> Sources, IReadOnlyList<ChannelStatus> Channels);
