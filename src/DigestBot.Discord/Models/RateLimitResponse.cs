namespace DigestBot.Discord.Models;

/// <summary>A 429's body: wait <see cref="RetryAfter"/> seconds; <see cref="Global"/> means every route is blocked.</summary>
public sealed record RateLimitResponse
{
    public string Message { get; init; } = string.Empty;

    public double RetryAfter { get; init; }

    public bool Global { get; init; }

    public int? Code { get; init; }
}
