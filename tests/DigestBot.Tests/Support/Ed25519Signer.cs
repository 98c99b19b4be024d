using System.Numerics;
using System.Security.Cryptography;

namespace DigestBot.Tests.Support;

/// <summary>
/// Ed25519 signing (RFC 8032, section 5.1) in plain big-integer arithmetic, slow and test-only: Discord's side of the
/// HTTP interactions endpoint. .NET has no Ed25519 (dotnet/runtime#63174) and the app now verifies with Discord.Net's,
/// so this signer is independent of the code it tests. Checked against RFC 8032's test vectors.
/// </summary>
public sealed class Ed25519Signer
{
    private static readonly BigInteger P = BigInteger.Pow(2, 255) - 19;
    private static readonly BigInteger L = BigInteger.Pow(2, 252) + BigInteger.Parse("27742317777372353535851937790883648493", System.Globalization.CultureInfo.InvariantCulture);
    private static readonly BigInteger D = Mod(-121665 * Inverse(121666));
    private static readonly BigInteger SqrtMinusOne = BigInteger.ModPow(2, (P - 1) / 4, P);
    private static readonly Point Base = Decode(Mod(4 * Inverse(5)), 0);

    private readonly BigInteger _scalar;
    private readonly byte[] _prefix;

    public Ed25519Signer(byte[]? seed = null)
    {
        var hash = SHA512.HashData(seed ?? RandomNumberGenerator.GetBytes(32));
        var scalar = hash[..32];
        scalar[0] &= 248;
        scalar[31] &= 127;
        scalar[31] |= 64;
        _scalar = Number(scalar);
        _prefix = hash[32..];
        PublicKey = Encode(Multiply(_scalar, Base));
    }

    public byte[] PublicKey { get; }

    public byte[] Sign(byte[] message)
    {
        var r = Mod(Number(SHA512.HashData([.. _prefix, .. message])), L);
        var rEncoded = Encode(Multiply(r, Base));
        var k = Mod(Number(SHA512.HashData([.. rEncoded, .. PublicKey, .. message])), L);
        var s = Mod(r + (k * _scalar), L);
        return [.. rEncoded, .. Bytes(s)];
    }

    private static Point Multiply(BigInteger scalar, Point point)
    {
        var result = new Point(0, 1, 1, 0);
        for (var addend = point; scalar > 0; scalar >>= 1, addend = Add(addend, addend))
        {
            if (!scalar.IsEven)
            {
                result = Add(result, addend);
            }
        }

        return result;
    }

    private static Point Add(Point a, Point b)
    {
        var e1 = Mod((a.Y - a.X) * (b.Y - b.X));
        var e2 = Mod((a.Y + a.X) * (b.Y + b.X));
        var c = Mod(a.T * 2 * D * b.T);
        var d = Mod(a.Z * 2 * b.Z);
        var (e, f, g, h) = (e2 - e1, d - c, d + c, e2 + e1);
        return new Point(Mod(e * f), Mod(g * h), Mod(f * g), Mod(e * h));
    }

    private static byte[] Encode(Point point)
    {
        var zInverse = Inverse(point.Z);
        var x = Mod(point.X * zInverse);
        var bytes = Bytes(Mod(point.Y * zInverse));
        bytes[31] |= (byte)(x.IsEven ? 0 : 0x80);
        return bytes;
    }

    private static Point Decode(BigInteger y, int sign)
    {
        var xx = Mod((y * y - 1) * Inverse((D * y * y) + 1));
        var x = BigInteger.ModPow(xx, (P + 3) / 8, P);
        if (Mod((x * x) - xx) != 0)
        {
            x = Mod(x * SqrtMinusOne);
        }

        if ((x.IsEven ? 0 : 1) != sign)
        {
            x = P - x;
        }

        return new Point(x, y, 1, Mod(x * y));
    }

    private static BigInteger Number(byte[] littleEndian) => new(littleEndian, isUnsigned: true, isBigEndian: false);

    private static byte[] Bytes(BigInteger value)
    {
        var bytes = new byte[32];
        value.TryWriteBytes(bytes, out _, isUnsigned: true, isBigEndian: false);
        return bytes;
    }

    private static BigInteger Inverse(BigInteger value) => BigInteger.ModPow(Mod(value), P - 2, P);

    private static BigInteger Mod(BigInteger value) => Mod(value, P);

    private static BigInteger Mod(BigInteger value, BigInteger modulus) => ((value % modulus) + modulus) % modulus;

    private readonly record struct Point(BigInteger X, BigInteger Y, BigInteger Z, BigInteger T);
}
