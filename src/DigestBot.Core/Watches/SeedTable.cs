using DigestBot.Semantic;

namespace DigestBot.Watches;

/// <summary>
/// Every seed of the semantic watches being matched, numbered, as one matrix; the similarity of a block of papers to
/// every seed is computed in tiles of seeds that stay in the CPU's cache while each paper of the block passes them,
/// instead of each watch reading its seeds from memory for each paper. Each <see cref="SemanticMatch"/> is told the
/// numbers of its seeds.
/// </summary>
internal sealed class SeedTable
{
    // 512 seeds of 384 floats are 768 KiB: a tile stays in cache while the block's papers pass it.
    private const int SeedTile = 512;
    private const int Dimensions = EmbeddingModel.Dimensions;

    private readonly float[] _matrix;

    private SeedTable(float[] matrix, int count)
    {
        _matrix = matrix;
        Count = count;
    }

    public int Count { get; }

    public static SeedTable For(IEnumerable<SemanticMatch> nodes)
    {
        var numbers = new Dictionary<WatchSeed, int>(ReferenceEqualityComparer.Instance);
        var seeds = new List<WatchSeed>();
        foreach (var node in nodes)
        {
            node.Numbers = [.. node.Seeds.Select(seed =>
            {
                if (!numbers.TryGetValue(seed, out var number))
                {
                    numbers[seed] = number = seeds.Count;
                    seeds.Add(seed);
                }

                return number;
            })];
        }

        var matrix = new float[seeds.Count * Dimensions];
        for (var i = 0; i < seeds.Count; i++)
        {
            seeds[i].Vector.CopyTo(matrix, i * Dimensions);
        }

        return new SeedTable(matrix, seeds.Count);
    }

    /// <summary>Similarities of each paper to each seed: row p (of <see cref="Count"/> values) for paper p.</summary>
    public float[] Similarities(IReadOnlyList<float[]> papers)
    {
        var count = Count;
        var result = new float[papers.Count * count];
        for (var start = 0; start < count; start += SeedTile)
        {
            var end = Math.Min(count, start + SeedTile);
            Parallel.For(0, papers.Count, p =>
            {
                var paper = papers[p];
                for (var s = start; s < end; s++)
                {
                    result[(p * count) + s] = Vectors.Dot(paper, _matrix.AsSpan(s * Dimensions, Dimensions));
                }
            });
        }

        return result;
    }
}
