using System.Globalization;
using System.Text;
using DigestBot.Discord.Interactions;
using Microsoft.Extensions.Time.Testing;
using NSec.Cryptography;

namespace DigestBot.Discord.Tests;

/// <summary>Ed25519 over timestamp + raw body, with keys made here; anything not exactly right is refused.</summary>
public sealed class InteractionSignatureTests : IDisposable
{
    private static readonly TimeSpan Skew = TimeSpan.FromSeconds(300);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly Key _key = Key.Create(SignatureAlgorithm.Ed25519);
    private readonly byte[] _body = Encoding.UTF8.GetBytes("""{"type":1,"id":"1","token":"t"}""");

    private string PublicHex => Convert.ToHexStringLower(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey));

    private string Now => _clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private string Sign(string timestamp, byte[] body) =>
        Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(_key, [.. Encoding.UTF8.GetBytes(timestamp), .. body]));

    private InteractionSignatureVerifier Verifier(string? hex = null) => new(hex ?? PublicHex, Skew, _clock);

    [Fact]
    public void A_correct_signature_passes_whatever_the_case_of_the_key_and_signature_hex()
    {
        var signature = Sign(Now, _body);

        Assert.True(Verifier().Verify(signature, Now, _body));
        Assert.True(Verifier(PublicHex.ToUpperInvariant()).Verify(signature.ToUpperInvariant(), Now, _body));
    }

    [Fact]
    public void A_flipped_bit_in_signature_body_or_timestamp_fails()
    {
        var signature = Sign(Now, _body);
        var badSignature = (signature[0] == '0' ? "1" : "0") + signature[1..];
        var badBody = (byte[])_body.Clone();
        badBody[5] ^= 1;
        var stamp = long.Parse(Now, CultureInfo.InvariantCulture);

        Assert.False(Verifier().Verify(badSignature, Now, _body));
        Assert.False(Verifier().Verify(signature, Now, badBody));
        Assert.False(Verifier().Verify(signature, (stamp - 1).ToString(CultureInfo.InvariantCulture), _body));
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    [InlineData(-100_000)]
    public void A_timestamp_outside_the_allowed_skew_fails_even_when_signed(int offsetSeconds)
    {
        var stamp = (_clock.GetUtcNow().ToUnixTimeSeconds() + offsetSeconds).ToString(CultureInfo.InvariantCulture);

        Assert.False(Verifier().Verify(Sign(stamp, _body), stamp, _body));
    }

    [Fact]
    public void Missing_or_malformed_headers_fail()
    {
        var signature = Sign(Now, _body);

        Assert.False(Verifier().Verify(null, Now, _body));
        Assert.False(Verifier().Verify(signature, null, _body));
        Assert.False(Verifier().Verify(string.Empty, Now, _body));
        Assert.False(Verifier().Verify(signature[..^2], Now, _body));
        Assert.False(Verifier().Verify(signature[..^1] + "g", Now, _body));
        Assert.False(Verifier().Verify(signature, " " + Now, _body));
        Assert.False(Verifier().Verify(signature, "-" + Now, _body));
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("zz00000000000000000000000000000000000000000000000000000000000000")]
    public void A_public_key_that_is_not_64_hex_digits_is_refused_up_front(string hex)
    {
        Assert.False(InteractionSignatureVerifier.IsValidKey(hex));
        Assert.Throws<ArgumentException>(() => Verifier(hex));
    }

    public void Dispose() => _key.Dispose();
}
