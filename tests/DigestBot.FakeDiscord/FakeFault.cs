namespace DigestBot.FakeDiscord;

/// <summary>A failure the fake plays instead of answering normally, for requests matching <see cref="Matches"/>.</summary>
public sealed record FakeFault(FakeFaultKind Kind)
{
    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(1);

    public int Status { get; init; } = 502;

    public int Code { get; init; }

    public string Message { get; init; } = string.Empty;

    /// <summary>Which requests it applies to; all by default.</summary>
    public Func<FakeRequest, bool> Matches { get; init; } = _ => true;

    public static FakeFault RateLimit(double seconds) => new(FakeFaultKind.RateLimit) { RetryAfter = TimeSpan.FromSeconds(seconds) };

    public static FakeFault GlobalRateLimit(double seconds) => new(FakeFaultKind.GlobalRateLimit) { RetryAfter = TimeSpan.FromSeconds(seconds) };

    /// <summary>Discord's own error document, e.g. 401 with 50027 Invalid Webhook Token.</summary>
    public static FakeFault Error(int status, int code, string message = "Injected error") =>
        new(FakeFaultKind.Error) { Status = status, Code = code, Message = message };

    public static FakeFault ServerError(int status = 502) => new(FakeFaultKind.ServerError) { Status = status };

    public static FakeFault Timeout(bool afterProcessing = false) =>
        new(afterProcessing ? FakeFaultKind.TimeoutAfterProcessing : FakeFaultKind.Timeout);
}
