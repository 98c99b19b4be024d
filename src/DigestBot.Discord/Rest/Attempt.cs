namespace DigestBot.Discord.Rest;

/// <summary>How one attempt at a call ended: a body, a 429 to wait out, a transient failure to retry, or a final one.</summary>
internal sealed record Attempt
{
    public byte[]? Body { get; init; }

    public bool RateLimited { get; init; }

    public DiscordException? Transient { get; init; }

    public DiscordException? Failure { get; init; }

    public static Attempt Failed(DiscordException e, bool transient) => transient ? new() { Transient = e } : new() { Failure = e };
}
