using DigestBot.Semantic;

namespace DigestBot.Benchmarks.Semantic;

/// <summary>
/// Random unit vectors of the model's size (seeded): what an exact scan costs does not depend on what the vectors
/// mean, so scale is measured on these (the issue allows synthetic vectors for scale).
/// </summary>
internal static class SyntheticVectors
{
    public static float[] Next(Random random)
    {
        var vector = new float[EmbeddingModel.Dimensions];
        for (var i = 0; i < vector.Length; i++)
        {
            // Box-Muller: normal components make the direction uniform on the sphere.
            vector[i] = MathF.Sqrt(-2f * MathF.Log(1f - random.NextSingle())) * MathF.Cos(2f * MathF.PI * random.NextSingle());
        }

        return Vectors.Normalize(vector);
    }

    public static StoredVector Stored(string key, long published, Random random) =>
        StoredVector.From(key, 1, 0, published, Next(random));
}
