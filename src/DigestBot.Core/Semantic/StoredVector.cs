namespace DigestBot.Semantic;

/// <summary>
/// One paper's vector as kept: its 8-bit codes and scale (<see cref="Vectors.Quantize"/>), the store revision and
/// text hash it was made from (a paper changed since is checked again, and embedded again only if its text changed),
/// and its date as <c>--since</c> windows read it (<see cref="PaperText.SearchDate"/>, Unix seconds).
/// </summary>
public sealed record StoredVector(string Key, long Revision, long TextHash, long Published, float Scale, sbyte[] Codes)
{
    public static StoredVector From(string key, long revision, long textHash, long published, float[] vector)
    {
        var codes = new sbyte[vector.Length];
        var scale = Vectors.Quantize(vector, codes);
        return new StoredVector(key, revision, textHash, published, scale, codes);
    }

    public float[] ToFloats() => Vectors.Dequantize(Codes, Scale);
}
