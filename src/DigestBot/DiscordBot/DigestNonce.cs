namespace DigestBot.DiscordBot;

/// <summary>
/// The nonce of the digest chunk being posted, for <see cref="GuardedRestClient"/> to add to that one message create:
/// Discord.Net has no public nonce, and its request reaches the wrapper in the same async flow as the post.
/// </summary>
public static class DigestNonce
{
    private static readonly AsyncLocal<string?> Value = new();

    public static string? Current => Value.Value;

    /// <summary>Sets the nonce until the returned scope is disposed.</summary>
    public static IDisposable Use(string nonce)
    {
        var previous = Value.Value;
        Value.Value = nonce;
        return new Scope(previous);
    }

    private sealed class Scope(string? previous) : IDisposable
    {
        public void Dispose() => Value.Value = previous;
    }
}
