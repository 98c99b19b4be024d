using DigestBot.Semantic;

namespace DigestBot.Tests.Semantic;

public sealed class VectorSetTests
{
    private static readonly Random Random = new(7);

    [Fact]
    public void Search_finds_the_nearest_best_first_within_a_date_window_and_leaves_out_the_paper_asked_about()
    {
        var set = new VectorSet();
        var query = Unit();
        set.Put(
        [
            Stored("near", Toward(query, 0.9f), published: 100),
            Stored("nearer", Toward(query, 0.95f), published: 50),
            Stored("far", Unit(), published: 100),
            Stored("self", query, published: 100),
        ]);

        Assert.Equal(["self", "nearer", "near"], set.Search(query, 3).Hits.Select(h => h.Key));
        Assert.Equal(["nearer", "near", "far"], set.Search(query, 3, exclude: "self").Hits.Select(h => h.Key));
        Assert.Equal(["self", "near", "far"], set.Search(query, 3, since: 100).Hits.Select(h => h.Key));
    }

    [Fact]
    public void Eight_bit_similarities_stay_within_a_hundredth_of_the_float_ones()
    {
        var set = new VectorSet();
        var vectors = Enumerable.Range(0, 200).Select(i => (Key: $"p{i}", Vector: Unit())).ToList();
        set.Put([.. vectors.Select(v => Stored(v.Key, v.Vector))]);
        var query = Unit();

        var hits = set.Search(query, 200).Hits;

        Assert.Equal(200, hits.Count);
        Assert.All(hits, h => Assert.InRange(h.Similarity - Vectors.Dot(query, vectors.Single(v => v.Key == h.Key).Vector), -0.01f, 0.01f));
    }

    [Fact]
    public void The_count_at_the_floor_covers_every_vector_not_only_the_top_k_and_removed_ones_are_gone()
    {
        var set = new VectorSet();
        var query = Unit();
        set.Put([.. Enumerable.Range(0, 30).Select(i => Stored($"close{i}", Toward(query, 0.9f))), .. Enumerable.Range(0, 30).Select(i => Stored($"other{i}", Unit()))]);
        set.Remove(["close0", "close1"]);

        var (hits, close) = set.Search(query, 5, floor: 0.7f);

        Assert.Equal(5, hits.Count);
        Assert.Equal(28, close);
        Assert.Equal(58, set.Count);
        Assert.Null(set.Get("close0"));
    }

    [Fact]
    public void A_vector_stored_again_under_its_key_replaces_the_old_one()
    {
        var set = new VectorSet();
        var first = Unit();
        var second = Unit();
        set.Put([Stored("p", first)]);
        set.Put([Stored("p", second) with { Revision = 2 }]);

        Assert.Equal(1, set.Count);
        Assert.Equal(2, set.Get("p")!.Revision);
        Assert.InRange(set.Search(second, 1).Hits[0].Similarity, 0.99f, 1.01f);
    }

    [Fact]
    public void The_simd_dot_product_of_8_bit_codes_equals_the_plain_one_even_at_the_extremes()
    {
        var query = new sbyte[EmbeddingModel.Dimensions];
        var document = new sbyte[EmbeddingModel.Dimensions];
        for (var i = 0; i < query.Length; i++)
        {
            query[i] = (sbyte)(i % 3 == 0 ? -127 : i % 3 == 1 ? 127 : Random.Next(-127, 128));
            document[i] = (sbyte)(i % 2 == 0 ? -127 : Random.Next(-127, 128));
        }

        var plain = query.Zip(document, (q, d) => q * d).Sum();

        Assert.Equal(plain, Vectors.Dot(Vectors.Magnitudes(query), query, document));
        Assert.Equal(-127 * 127 * query.Length, Vectors.Dot(Vectors.Magnitudes([.. Enumerable.Repeat((sbyte)127, query.Length)]), [.. Enumerable.Repeat((sbyte)127, query.Length)], [.. Enumerable.Repeat((sbyte)-127, query.Length)]));
    }

    internal static float[] Unit()
    {
        var v = new float[EmbeddingModel.Dimensions];
        for (var i = 0; i < v.Length; i++)
        {
            v[i] = (float)((Random.NextDouble() * 2) - 1);
        }

        return Vectors.Normalize(v);
    }

    /// <summary>A unit vector whose cosine with <paramref name="target"/> is about <paramref name="cosine"/>.</summary>
    private static float[] Toward(float[] target, float cosine)
    {
        var noise = Unit();
        var sine = MathF.Sqrt(1 - (cosine * cosine));
        return Vectors.Normalize([.. target.Select((t, i) => (cosine * t) + (sine * noise[i]))]);
    }

    private static StoredVector Stored(string key, float[] vector, long published = 0) => StoredVector.From(key, 1, 0, published, vector);
}
