namespace DigestBot.FakeDiscord;

/// <summary>
/// One request as the fake received it, with how it answered. The token itself is never kept, only whether
/// the right one came, so a failing assertion cannot print it.
/// </summary>
public sealed record FakeRequest(DateTimeOffset At, string Method, string Path, string Query, string Body)
{
    /// <summary>The matched route template (<c>POST /channels/{channel_id}/messages</c>), or null for an unknown path.</summary>
    public string? Route { get; set; }

    /// <summary>The top-level resource: a channel, guild or interaction id.</summary>
    public string? Major { get; set; }

    public string? UserAgent { get; init; }

    public string? ContentType { get; init; }

    public bool HasBotToken { get; init; }

    public bool HasAuthorization { get; init; }

    public int Status { get; set; }

    /// <summary>The injected fault played, if any.</summary>
    public FakeFaultKind? Fault { get; set; }

    /// <summary>For 4xx: Discord's JSON error code (0 when none), for the assertion messages.</summary>
    public int? ErrorCode { get; set; }

    public string? ErrorBody { get; set; }

    /// <summary>When the answer was written, on the fake's clock (null while it is not, or for a request left hanging).</summary>
    public DateTimeOffset? AnsweredAt { get; set; }

    public override string ToString() => $"{At:HH:mm:ss.fff} {Method} {Path} -> {Status}{(Fault is { } f ? $" ({f})" : string.Empty)}";
}
