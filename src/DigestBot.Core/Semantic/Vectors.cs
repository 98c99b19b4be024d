using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace DigestBot.Semantic;

/// <summary>
/// Vector arithmetic for search: unit vectors, and their 8-bit form (each vector scaled so its largest component is
/// ±127, the scale kept beside it), whose dot products are integer SIMD (AVX2 where the CPU has it; scalar elsewhere).
/// </summary>
public static class Vectors
{
    /// <summary>The vector scaled to length 1 (in place); a zero vector stays zero.</summary>
    public static float[] Normalize(float[] vector)
    {
        var norm = MathF.Sqrt(Dot(vector, vector));
        if (norm > 0)
        {
            for (var i = 0; i < vector.Length; i++)
            {
                vector[i] /= norm;
            }
        }

        return vector;
    }

    /// <summary>The dot product of two float vectors of one length (AVX2 with FMA where the CPU has them).</summary>
    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var i = 0;
        var sum = 0f;
        if (Fma.IsSupported && a.Length >= 16)
        {
            ref var x = ref MemoryMarshal.GetReference(a);
            ref var y = ref MemoryMarshal.GetReference(b);
            var first = Vector256<float>.Zero;
            var second = Vector256<float>.Zero;
            for (; i + 16 <= a.Length; i += 16)
            {
                // Two sums in flight: the next multiply-add does not wait for the last one.
                first = Fma.MultiplyAdd(Vector256.LoadUnsafe(ref x, (nuint)i), Vector256.LoadUnsafe(ref y, (nuint)i), first);
                second = Fma.MultiplyAdd(Vector256.LoadUnsafe(ref x, (nuint)(i + 8)), Vector256.LoadUnsafe(ref y, (nuint)(i + 8)), second);
            }

            sum = Vector256.Sum(first + second);
        }

        for (; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    /// <summary>Writes the 8-bit form of <paramref name="vector"/> to <paramref name="into"/>; returns the scale that undoes it.</summary>
    public static float Quantize(ReadOnlySpan<float> vector, Span<sbyte> into)
    {
        var max = 0f;
        foreach (var v in vector)
        {
            max = MathF.Max(max, MathF.Abs(v));
        }

        if (max == 0)
        {
            into.Clear();
            return 0;
        }

        var factor = 127f / max;
        for (var i = 0; i < vector.Length; i++)
        {
            into[i] = (sbyte)Math.Clamp(MathF.Round(vector[i] * factor), -127, 127);
        }

        return max / 127f;
    }

    /// <summary>The float vector an 8-bit one stands for.</summary>
    public static float[] Dequantize(ReadOnlySpan<sbyte> codes, float scale)
    {
        var vector = new float[codes.Length];
        for (var i = 0; i < codes.Length; i++)
        {
            vector[i] = codes[i] * scale;
        }

        return vector;
    }

    /// <summary>
    /// The dot product of two 8-bit vectors (multiply by both scales for the float one). <paramref name="magnitudes"/>
    /// is the query's codes without their signs (<see cref="Magnitudes"/>), made once per query: AVX2 multiplies 32
    /// unsigned bytes by 32 signed ones at a time, so each document byte takes the query's sign instead, and no pair of
    /// products (at most 2 × 127 × 127) overflows the 16 bits they are summed in.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Dot(ReadOnlySpan<byte> magnitudes, ReadOnlySpan<sbyte> query, ReadOnlySpan<sbyte> document)
    {
        var i = 0;
        var total = 0;
        if (Avx2.IsSupported && document.Length >= 32)
        {
            ref var m = ref MemoryMarshal.GetReference(magnitudes);
            ref var q = ref MemoryMarshal.GetReference(query);
            ref var d = ref MemoryMarshal.GetReference(document);
            var ones = Vector256.Create((short)1);
            var sum = Vector256<int>.Zero;
            for (; i + 32 <= document.Length; i += 32)
            {
                var signed = Avx2.Sign(Vector256.LoadUnsafe(ref d, (nuint)i), Vector256.LoadUnsafe(ref q, (nuint)i));
                var pairs = Avx2.MultiplyAddAdjacent(Vector256.LoadUnsafe(ref m, (nuint)i), signed);
                sum = Avx2.Add(sum, Avx2.MultiplyAddAdjacent(pairs, ones));
            }

            total = Vector256.Sum(sum);
        }

        for (; i < document.Length; i++)
        {
            total += query[i] * document[i];
        }

        return total;
    }

    /// <summary>The codes without their signs, the form <see cref="Dot(ReadOnlySpan{byte}, ReadOnlySpan{sbyte}, ReadOnlySpan{sbyte})"/> takes a query in.</summary>
    public static byte[] Magnitudes(ReadOnlySpan<sbyte> codes)
    {
        var magnitudes = new byte[codes.Length];
        for (var i = 0; i < codes.Length; i++)
        {
            magnitudes[i] = (byte)Math.Abs(codes[i]);
        }

        return magnitudes;
    }
}
