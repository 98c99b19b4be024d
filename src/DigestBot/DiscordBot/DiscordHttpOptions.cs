namespace DigestBot.DiscordBot;

/// <summary><c>DigestBot:Discord:Http</c>: the interactions endpoint, used in <see cref="DiscordMode.Http"/> only.</summary>
public sealed class DiscordHttpOptions
{
    /// <summary>Semicolon-separated; plain HTTP, since TLS ends at the reverse proxy in front.</summary>
    public string ListenUrls { get; set; } = "http://127.0.0.1:8080";

    public string Path { get; set; } = "/interactions";

    /// <summary>How far <c>X-Signature-Timestamp</c> may be from now; older (or later) signed requests get 401 (was <c>MaxClockSkewSeconds</c>).</summary>
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(5);
}
