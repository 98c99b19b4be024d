namespace DigestBot.Status;

/// <summary>
/// <c>status --json</c>: <c>{"papers": n, "sources": [], "channels": []}</c>. Sources and channels are filled
/// by the ingestion and digest features as they register.
/// </summary>
public sealed record StatusReport(int Papers, IReadOnlyList<object> Sources, IReadOnlyList<object> Channels);
