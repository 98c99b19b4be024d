using DigestBot.Sources;

namespace DigestBot.Status;

/// <summary>
/// <c>status --json</c>: <c>{"papers": n, "sources": [...], "channels": []}</c>. Channels arrive with the
/// watches and digests feature.
/// </summary>
public sealed record StatusReport(int Papers, IReadOnlyList<SourceStatus> Sources, IReadOnlyList<object> Channels);
