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
        Assert.Equal(["nearer"], set.Search(query, 3, until: 100).Hits.Select(h => h.Key));
        Assert.Equal(["self", "near", "far"], set.Search(query, 3, since: 51, until: 101).Hits.Select(h => h.Key));
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
    public void Codes_split_into_four_bit_halves_come_back_exactly_and_their_dot_products_add_up_to_the_8_bit_one()
    {
        var every = Enumerable.Range(-128, 256).Select(i => (sbyte)i).ToArray();
        var query = new sbyte[EmbeddingModel.Dimensions];
        var document = new sbyte[EmbeddingModel.Dimensions];
        for (var i = 0; i < query.Length; i++)
        {
            query[i] = (sbyte)(i % 3 == 0 ? -127 : i % 3 == 1 ? 127 : Random.Next(-127, 128));
            document[i] = every[i % every.Length];
        }

        foreach (var codes in new[] { document, every.Skip(128).Concat(every).Take(query.Length).ToArray(), [.. Enumerable.Repeat((sbyte)-127, query.Length)] })
        {
            var (coarse, fine, back) = (new byte[Vectors.Half], new byte[Vectors.Half], new sbyte[query.Length]);
            Vectors.Pack(codes, coarse, fine);
            Vectors.Unpack(coarse, fine, back);

            var plain = query.Zip(codes, (q, d) => q * d).Sum();
            var fromHalves = (16 * (Vectors.PackedDot(coarse, query) - (8 * query.Sum(q => q)))) + Vectors.PackedDot(fine, query);
            Assert.Equal(codes, back);
            Assert.Equal(plain, fromHalves);
            Assert.Equal(Vectors.PackedDotScalar(coarse, query), Vectors.PackedDot(coarse, query));
            Assert.Equal(Vectors.PackedDotScalar(fine, query), Vectors.PackedDot(fine, query));
        }

        // The largest sums the 16-bit lanes see: every number 15 against ±127.
        var full = Enumerable.Repeat((byte)0xFF, Vectors.Half).ToArray();
        Assert.Equal(15 * 127 * query.Length, Vectors.PackedDot(full, [.. Enumerable.Repeat((sbyte)127, query.Length)]));
        Assert.Equal(-15 * 127 * query.Length, Vectors.PackedDot(full, [.. Enumerable.Repeat((sbyte)-127, query.Length)]));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    [InlineData(100)]
    [InlineData(3000)]
    public void A_search_in_two_passes_finds_exactly_what_one_exact_pass_finds(int k)
    {
        // Unrelated papers, and clusters of near ones around a few topics (as real abstracts crowd a topic), the
        // questions near the topics: ties, crowds at the k-th place and at the floor are where a pruned pass would slip.
        var topics = Enumerable.Range(0, 8).Select(_ => Unit()).ToList();
        var stored = Enumerable.Range(0, 6000).Select(i => Stored($"p{i}", i % 2 == 0 ? Unit() : Toward(topics[i % topics.Count], 0.3f + (0.6f * (i % 7) / 7f)), published: i % 5)).ToList();
        stored.Add(stored[10] with { Key = "twin" });
        var (exact, twoPass) = (new VectorSet { TwoPassFrom = int.MaxValue }, new VectorSet { TwoPassFrom = 0 });
        exact.Put(stored);
        twoPass.Put(stored);
        exact.Remove(["p3", "p4"]);
        twoPass.Remove(["p3", "p4"]);

        foreach (var query in topics.Select(t => Toward(t, 0.8f)).Append(Unit()).Append(stored[10].ToFloats()))
        {
            foreach (var (since, exclude, floor) in new (long?, string?, float)[] { (null, null, 1f), (null, null, 0.5f), (3, "p10", 0.35f), (null, "p10", 0.2f) })
            {
                var one = exact.Search(query, k, since, exclude, floor);
                var two = twoPass.Search(query, k, since, exclude, floor);

                Assert.Equal(one.AtLeastFloor, two.AtLeastFloor);
                Assert.Equal(one.Hits.Select(h => h.Similarity), two.Hits.Select(h => h.Similarity));
                Assert.Equal(Above(one.Hits), Above(two.Hits)); // papers tied at the last place may be either
            }
        }
    }

    private static IEnumerable<string> Above(IReadOnlyList<VectorHit> hits) =>
        hits.Where(h => h.Similarity > hits[^1].Similarity).Select(h => h.Key).Order(StringComparer.Ordinal);

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
    internal static float[] Toward(float[] target, float cosine)
    {
        var noise = Unit();
        var sine = MathF.Sqrt(1 - (cosine * cosine));
        return Vectors.Normalize([.. target.Select((t, i) => (cosine * t) + (sine * noise[i]))]);
    }

    internal static StoredVector Stored(string key, float[] vector, long published = 0) => StoredVector.From(key, 1, 0, published, vector);
}
