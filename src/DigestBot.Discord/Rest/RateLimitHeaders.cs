using System.Globalization;
using System.Net.Http.Headers;

namespace DigestBot.Discord.Rest;

/// <summary>
/// Discord's <c>X-RateLimit-*</c> headers. The client uses <see cref="ResetAfter"/> (relative) rather than the
/// absolute <c>X-RateLimit-Reset</c>, so a skewed local clock cannot shorten a wait.
/// </summary>
internal sealed record RateLimitHeaders(int? Limit, int? Remaining, TimeSpan? ResetAfter, string? Bucket, bool Global, string? Scope, TimeSpan? RetryAfter)
{
    public static RateLimitHeaders Read(HttpResponseHeaders headers) => new(
        Int(headers, "X-RateLimit-Limit"),
        Int(headers, "X-RateLimit-Remaining"),
        Seconds(headers, "X-RateLimit-Reset-After"),
        Text(headers, "X-RateLimit-Bucket"),
        string.Equals(Text(headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase),
        Text(headers, "X-RateLimit-Scope"),
        Seconds(headers, "Retry-After"));

    private static string? Text(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static int? Int(HttpResponseHeaders headers, string name) =>
        int.TryParse(Text(headers, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static TimeSpan? Seconds(HttpResponseHeaders headers, string name) =>
        double.TryParse(Text(headers, name), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s >= 0
            ? TimeSpan.FromSeconds(s)
            : null;
}
