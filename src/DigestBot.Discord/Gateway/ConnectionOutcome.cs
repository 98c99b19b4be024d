namespace DigestBot.Discord.Gateway;

/// <summary>How one connection ended, and so what the next one does.</summary>
internal sealed record ConnectionOutcome(ConnectionEnd End, string Reason)
{
    /// <summary>READY or RESUMED arrived: the back-off starts over.</summary>
    public bool Healthy { get; init; }

    public int? CloseCode { get; init; }

    /// <summary>Op 9 (not resumable): wait a random 1–5 s before identifying again.</summary>
    public bool InvalidSession { get; init; }

    /// <summary>A close Discord started: fatal codes stop, 4007 and 4009 end the session, anything else resumes.</summary>
    public static ConnectionOutcome FromClose(int? code)
    {
        var text = code is { } c ? $"{c} ({GatewayCloseCodes.Describe(c)})" : "no close code";
        var end = code is { } fatal && GatewayCloseCodes.IsFatal(fatal) ? ConnectionEnd.Fatal
            : code is { } ends && GatewayCloseCodes.EndsSession(ends) ? ConnectionEnd.NewSession
            : ConnectionEnd.Resume;
        var reason = end == ConnectionEnd.Fatal
            ? $"Discord closed the gateway with {text}: not reconnecting; fix the configuration and restart"
            : $"Discord closed the connection with {text}";
        return new(end, reason) { CloseCode = code };
    }
}
