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

    /// <summary>Half the dimensions: a packed byte holds dimension <c>i</c> in its low four bits and <c>i + Half</c> in its high four.</summary>
    public const int Half = EmbeddingModel.Dimensions / 2;

    // PackedDot's AVX2 loop takes 32 bytes at a time with no tail, and sums at most 8 of them in 16 bits (8 × 2 × 15 ×
    // 127 < 32,768): a model of another size that breaks either fails to compile here (a division by zero).
    private const int HalfFitsThePackedLoop = 1 / (Half % 32 == 0 && Half / 32 <= 8 ? 1 : 0);

    /// <summary>
    /// Splits 8-bit codes into two packed halves of four bits a dimension: the coarse one holds each code's top four bits
    /// plus 8 (so 0..15), the fine one its bottom four bits. <c>code = 16 × (coarse − 8) + fine</c>, exactly, so a dot
    /// product can be had from the coarse half alone (half the bytes read, within a known error) or from both (exact).
    /// </summary>
    public static void Pack(ReadOnlySpan<sbyte> codes, Span<byte> coarse, Span<byte> fine)
    {
        for (var i = 0; i < Half; i++)
        {
            int low = codes[i], high = codes[Half + i];
            coarse[i] = (byte)(((low >> 4) + 8) | (((high >> 4) + 8) << 4));
            fine[i] = (byte)((low & 0x0F) | ((high & 0x0F) << 4));
        }
    }

    /// <summary>The 8-bit codes <see cref="Pack"/> split.</summary>
    public static void Unpack(ReadOnlySpan<byte> coarse, ReadOnlySpan<byte> fine, Span<sbyte> codes)
    {
        for (var i = 0; i < Half; i++)
        {
            codes[i] = (sbyte)((16 * ((coarse[i] & 0x0F) - 8)) + (fine[i] & 0x0F));
            codes[Half + i] = (sbyte)((16 * ((coarse[i] >> 4) - 8)) + (fine[i] >> 4));
        }
    }

    /// <summary>
    /// The dot product of a packed half (<see cref="Pack"/>: each four-bit number 0..15) with 8-bit query codes of every
    /// dimension. AVX2 multiplies 32 unsigned bytes by 32 signed ones at a time; a pair of products is at most
    /// 2 × 15 × 127 and six of them (384 dimensions) are summed in 16 bits before widening, far from overflow.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int PackedDot(ReadOnlySpan<byte> packed, ReadOnlySpan<sbyte> query)
    {
        if (!Avx2.IsSupported)
        {
            return PackedDotScalar(packed, query);
        }

        ref var p = ref MemoryMarshal.GetReference(packed);
        ref var low = ref MemoryMarshal.GetReference(query);
        ref var high = ref Unsafe.Add(ref low, Half);
        var mask = Vector256.Create((byte)0x0F);
        var lows = Vector256<short>.Zero;
        var highs = Vector256<short>.Zero;
        for (nuint i = 0; i < Half; i += 32)
        {
            var bytes = Vector256.LoadUnsafe(ref p, i);
            lows = Avx2.Add(lows, Avx2.MultiplyAddAdjacent(Avx2.And(bytes, mask), Vector256.LoadUnsafe(ref low, i)));
            highs = Avx2.Add(highs, Avx2.MultiplyAddAdjacent(Avx2.And(Avx2.ShiftRightLogical(bytes.AsUInt16(), 4).AsByte(), mask), Vector256.LoadUnsafe(ref high, i)));
        }

        var ones = Vector256.Create((short)1);
        return Vector256.Sum(Avx2.Add(Avx2.MultiplyAddAdjacent(lows, ones), Avx2.MultiplyAddAdjacent(highs, ones)));
    }

    /// <summary><see cref="PackedDot"/> one number at a time (CPUs without AVX2).</summary>
    public static int PackedDotScalar(ReadOnlySpan<byte> packed, ReadOnlySpan<sbyte> query)
    {
        var total = 0;
        for (var i = 0; i < Half; i++)
        {
            total += ((packed[i] & 0x0F) * query[i]) + ((packed[i] >> 4) * query[Half + i]);
        }

        return total;
    }
}
