namespace DigestBot.FakeDiscord;

/// <summary>A failure the fake plays instead of answering normally, for requests matching <see cref="Matches"/>.</summary>
public sealed record FakeFault(FakeFaultKind Kind)
{
    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(1);

    public int Status { get; init; } = 502;

    /// <summary>Which requests it applies to; all by default.</summary>
    public Func<FakeRequest, bool> Matches { get; init; } = _ => true;

    public static FakeFault RateLimit(double seconds) => new(FakeFaultKind.RateLimit) { RetryAfter = TimeSpan.FromSeconds(seconds) };

    public static FakeFault GlobalRateLimit(double seconds) => new(FakeFaultKind.GlobalRateLimit) { RetryAfter = TimeSpan.FromSeconds(seconds) };

    public static FakeFault ServerError(int status = 502) => new(FakeFaultKind.ServerError) { Status = status };

    public static FakeFault Timeout(bool afterProcessing = false) =>
        new(afterProcessing ? FakeFaultKind.TimeoutAfterProcessing : FakeFaultKind.Timeout);
}
