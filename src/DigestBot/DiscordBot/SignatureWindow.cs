using System.Globalization;

namespace DigestBot.DiscordBot;

/// <summary>
/// What an HTTP interaction must show before Discord.Net checks its Ed25519 signature: both headers, a signature of 64
/// bytes in hex (Discord.Net's hex reader throws on anything else), and a timestamp in decimal Unix seconds within
/// <c>Discord:Http:MaxClockSkew</c> of now. Discord.Net checks no timestamp at all, so a captured request could
/// otherwise be replayed for ever; within the window the pipeline's replay memory (interaction ids, 15 minutes) refuses it.
/// </summary>
public sealed class SignatureWindow(TimeSpan skew, TimeProvider time)
{
    public const string SignatureHeader = "X-Signature-Ed25519";
    public const string TimestampHeader = "X-Signature-Timestamp";
    private const int SignatureHexDigits = 128;

    public bool Admits(string? signature, string? timestamp)
    {
        if (signature is not { Length: SignatureHexDigits } || !signature.All(char.IsAsciiHexDigit))
        {
            return false;
        }

        if (timestamp is not { Length: > 0 and <= 12 } || !timestamp.All(char.IsAsciiDigit)
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }

        var signedAt = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return (time.GetUtcNow() - signedAt).Duration() <= skew;
    }

    /// <summary>The application's public key as the Developer Portal shows it: 32 bytes, 64 hex digits, either case.</summary>
    public static bool IsValidKey(string? hex) => hex is { Length: 64 } && hex.All(char.IsAsciiHexDigit);
}
