namespace DigestBot.FakeDiscord;

public enum FakeFaultKind
{
    /// <summary>429 for the request's bucket (scope user).</summary>
    RateLimit,

    /// <summary>429 with <c>global: true</c>.</summary>
    GlobalRateLimit,

    /// <summary>A 5xx with an HTML-ish body, as a proxy would send.</summary>
    ServerError,

    /// <summary>A Discord error body with the given status and JSON code.</summary>
    Error,

    /// <summary>No answer until the client gives up; nothing is done.</summary>
    Timeout,

    /// <summary>The request is carried out, then no answer comes: the client cannot know it worked.</summary>
    TimeoutAfterProcessing,
}
