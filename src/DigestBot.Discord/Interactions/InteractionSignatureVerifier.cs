using System.Globalization;
using System.Text;
using NSec.Cryptography;

namespace DigestBot.Discord.Interactions;

/// <summary>
/// Checks that an HTTP interaction came from Discord: <c>X-Signature-Ed25519</c> (hex) must be the application
/// key's Ed25519 signature of <c>X-Signature-Timestamp</c> followed by the raw body bytes, and the timestamp
/// (Unix seconds) must be within <c>maxClockSkew</c> of now, so a captured request cannot be replayed later.
/// Discord sends deliberately bad signatures to test endpoints; every one must be refused.
/// </summary>
public sealed class InteractionSignatureVerifier
{
    public const string SignatureHeader = "X-Signature-Ed25519";
    public const string TimestampHeader = "X-Signature-Timestamp";

    private static readonly SignatureAlgorithm Ed25519 = SignatureAlgorithm.Ed25519;
    private readonly PublicKey _key;
    private readonly TimeProvider _time;
    private readonly TimeSpan _maxClockSkew;

    /// <param name="publicKeyHex">The application's public key from the Developer Portal: 64 hex digits, either case.</param>
    public InteractionSignatureVerifier(string publicKeyHex, TimeSpan maxClockSkew, TimeProvider? time = null)
    {
        if (!TryParseKey(publicKeyHex, out var key))
        {
            throw new ArgumentException("The public key must be 64 hex digits (32 bytes)", nameof(publicKeyHex));
        }

        _key = key;
        _maxClockSkew = maxClockSkew;
        _time = time ?? TimeProvider.System;
    }

    public static bool IsValidKey(string? publicKeyHex) => TryParseKey(publicKeyHex, out _);

    /// <summary>True only for a well-formed, fresh and correctly signed request.</summary>
    public bool Verify(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (signatureHex is not { Length: 128 } || string.IsNullOrEmpty(timestamp) || timestamp.Length > 20
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }

        var skew = _time.GetUtcNow().ToUnixTimeSeconds() - seconds;
        if (Math.Abs((double)skew) > _maxClockSkew.TotalSeconds)
        {
            return false;
        }

        Span<byte> signature = stackalloc byte[64];
        if (Convert.FromHexString(signatureHex, signature, out _, out var written) != System.Buffers.OperationStatus.Done || written != 64)
        {
            return false;
        }

        var stamp = Encoding.UTF8.GetBytes(timestamp);
        var message = new byte[stamp.Length + body.Length];
        stamp.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(stamp.Length));
        return Ed25519.Verify(_key, message, signature);
    }

    private static bool TryParseKey(string? hex, out PublicKey key)
    {
        key = null!;
        Span<byte> raw = stackalloc byte[32];
        if (hex?.Trim() is not { Length: 64 } trimmed
            || Convert.FromHexString(trimmed, raw, out _, out var written) != System.Buffers.OperationStatus.Done || written != 32)
        {
            return false;
        }

        return PublicKey.TryImport(Ed25519, raw, KeyBlobFormat.RawPublicKey, out key!);
    }
}
