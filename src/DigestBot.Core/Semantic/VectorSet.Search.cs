using System.Buffers;

namespace DigestBot.Semantic;

/// <summary>Exact search over every vector (see <see cref="VectorSet"/>).</summary>
internal sealed partial class VectorSet
{
    /// <summary>
    /// How far, in standard deviations of its error, a coarse similarity may be from the exact one before a paper could
    /// be missed. The error is the fine halves' part of the dot product less its mean: a sum over 384 dimensions of the
    /// query's code times a four-bit number spread evenly over 0..15, so about normal with a variance the query gives
    /// (<see cref="Query.Margin"/>). Eight deviations: a miss once in about 10^15 comparisons on that model; the tests
    /// check that the shipped model's vectors stay far inside it and that both ways give the same answers.
    /// </summary>
    private const float MarginDeviations = 8f;

    /// <summary>From this many vectors on, a search reads the coarse halves first (below it one exact pass is as fast).</summary>
    internal int TwoPassFrom { get; set; } = 100_000;

    /// <summary>
    /// The <paramref name="k"/> vectors most like <paramref name="query"/> (a unit vector), published at or after
    /// <paramref name="since"/> and before <paramref name="until"/> (Unix seconds) when given, <paramref name="exclude"/> left out; and how many in all
    /// reach <paramref name="floor"/>.
    /// </summary>
    /// <remarks>
    /// A large set is searched in two passes that give the answer of one exact pass while reading about half the
    /// bytes. The first reads only the coarse halves and estimates every similarity. The exact similarities of the k
    /// best estimates give a bound: the k-th of them, which the k-th best of all is at least. The second pass works out
    /// exactly only the vectors whose estimate is within the margin of that bound (no other can beat it) or of the
    /// floor (no other can be on the wrong side of it), reading their fine halves.
    /// </remarks>
    public (IReadOnlyList<VectorHit> Hits, int AtLeastFloor) Search(float[] query, int k, long? since = null, string? exclude = null, float floor = 1f, long? until = null)
    {
        var q = new Query(query);
        var window = new Window(since ?? long.MinValue, until ?? long.MaxValue);
        _lock.EnterReadLock();
        try
        {
            var skip = exclude is not null && _slots.TryGetValue(exclude, out var s) ? s : -1;
            var parts = _used >= ParallelFrom ? Math.Min(_coarse.Count, Environment.ProcessorCount) : 1;
            var (top, close) = _used >= TwoPassFrom && k > 0 ? TwoPasses(q, parts, k, window, skip, floor) : OnePass(q, parts, k, window, skip, floor);
            return ([.. top.Best().Select(h => new VectorHit(_keys[h.Slot / BlockSize][h.Slot % BlockSize]!, h.Similarity))], close);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>Every vector's exact similarity.</summary>
    private (TopHits Top, int Close) OnePass(Query q, int parts, int k, Window window, int skip, float floor)
    {
        var tops = new TopHits[parts];
        var counts = new int[parts];
        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, part =>
        {
            var top = tops[part] = new TopHits(k);
            var close = 0;
            for (var block = part; block < _coarse.Count; block += parts)
            {
                var (scales, published) = (_scales[block], _published[block]);
                var end = Math.Min(BlockSize, _used - (block * BlockSize));
                for (var at = 0; at < end; at++)
                {
                    if (Searched(scales, published, at, (block * BlockSize) + at, window, skip))
                    {
                        var similarity = ExactSimilarity(q, block, at);
                        close += similarity >= floor ? 1 : 0;
                        top.Offer((block * BlockSize) + at, similarity);
                    }
                }
            }

            counts[part] = close;
        });

        return (Merge(tops), counts.Sum());
    }

    private (TopHits Top, int Close) TwoPasses(Query q, int parts, int k, Window window, int skip, float floor)
    {
        // Pass 1: the estimates, kept by slot (NaN for a slot not searched), and the k best of them.
        var estimates = ArrayPool<float>.Shared.Rent(_used);
        try
        {
            var tops = new TopHits[parts];
            var (codes, offsetOfEstimate) = (q.Codes, q.EstimateOffset);
            Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, part =>
            {
                var top = tops[part] = new TopHits(k);
                for (var block = part; block < _coarse.Count; block += parts)
                {
                    var (coarse, scales, published) = (_coarse[block], _scales[block], _published[block]);
                    var end = Math.Min(BlockSize, _used - (block * BlockSize));
                    var offset = block * BlockSize;
                    for (var at = 0; at < end; at++)
                    {
                        var estimate = float.NaN;
                        if (Searched(scales, published, at, offset + at, window, skip))
                        {
                            estimate = ((16f * Vectors.PackedDot(coarse.AsSpan(at * Vectors.Half, Vectors.Half), codes)) + offsetOfEstimate) * (q.Scale * scales[at]);
                            if (estimate > top.Floor)
                            {
                                top.Offer(offset + at, estimate); // most are below the k-th: no call
                            }
                        }

                        estimates[offset + at] = estimate;
                    }
                }
            });

            // The bound: the k-th exact similarity of the k best estimates (no bound while fewer than k are searched).
            var exact = new TopHits(k);
            var done = new HashSet<int>();
            foreach (var (slot, _) in Merge(tops).Best())
            {
                done.Add(slot);
                exact.Offer(slot, ExactSimilarity(q, slot / BlockSize, slot % BlockSize));
            }

            var bound = exact.Count < k ? float.NegativeInfinity : exact.Floor;

            // Pass 2: exact similarities where the estimate leaves the answer open.
            var widest = q.Margin * q.Scale * _widestScale;
            var lowest = Math.Min(bound, floor);
            var finals = new TopHits[parts];
            var counts = new int[parts];
            Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, part =>
            {
                var top = finals[part] = new TopHits(k);
                var close = 0;
                for (var block = part; block < _coarse.Count; block += parts)
                {
                    var scales = _scales[block];
                    var end = Math.Min(BlockSize, _used - (block * BlockSize));
                    var offset = block * BlockSize;
                    for (var at = 0; at < end; at++)
                    {
                        // Most are far below both lines: one comparison with the widest margin, the scale not read
                        // (false for NaN, a slot not searched).
                        var estimate = estimates[offset + at];
                        if (!(estimate + widest >= lowest))
                        {
                            continue;
                        }

                        var margin = q.Margin * (q.Scale * scales[at]);
                        if (estimate - margin >= floor)
                        {
                            close++;
                        }

                        var nearFloor = estimate + margin >= floor && estimate - margin < floor;
                        var open = estimate + margin >= bound;
                        if (nearFloor || open)
                        {
                            var similarity = ExactSimilarity(q, block, at);
                            close += nearFloor && similarity >= floor ? 1 : 0;
                            if (open && !done.Contains(offset + at))
                            {
                                top.Offer(offset + at, similarity);
                            }
                        }
                    }
                }

                counts[part] = close;
            });

            var best = Merge(finals);
            best.Merge(exact);
            return (best, counts.Sum());
        }
        finally
        {
            ArrayPool<float>.Shared.Return(estimates);
        }
    }

    /// <summary>Whether a slot holds a vector (a free one has scale 0) within the date window, and is not the one left out.</summary>
    private static bool Searched(float[] scales, long[] published, int at, int slot, Window window, int skip) =>
        scales[at] != 0 && (window.Any || (published[at] >= window.From && published[at] < window.To)) && slot != skip;

    /// <summary>The publication dates searched, in Unix seconds: from <see cref="From"/>, before <see cref="To"/>.</summary>
    private readonly record struct Window(long From, long To)
    {
        /// <summary>Every date: the dates are not read at all (as before windows had an end).</summary>
        public bool Any { get; } = From == long.MinValue && To == long.MaxValue;
    }

    private static TopHits Merge(TopHits[] tops)
    {
        for (var part = 1; part < tops.Length; part++)
        {
            tops[0].Merge(tops[part]);
        }

        return tops[0];
    }

    private float ExactSimilarity(Query q, int block, int at)
    {
        var coarseDot = Vectors.PackedDot(_coarse[block].AsSpan(at * Vectors.Half, Vectors.Half), q.Codes);
        return q.Exact(coarseDot, _fine[block].AsSpan(at * Vectors.Half, Vectors.Half)) * (q.Scale * _scales[block][at]);
    }

    /// <summary>A query's 8-bit codes and what the coarse estimate needs of them.</summary>
    private sealed class Query
    {
        public Query(float[] vector)
        {
            Codes = new sbyte[Dimensions];
            Scale = Vectors.Quantize(vector, Codes);
            long sum = 0, squares = 0;
            foreach (var c in Codes)
            {
                sum += c;
                squares += c * c;
            }

            Sum = (int)sum;

            // The fine part, Σ query × fine, has mean 7.5 × Σ query and variance (16² − 1) / 12 × Σ query² when the
            // fine numbers are spread evenly.
            Margin = MarginDeviations * MathF.Sqrt(255f / 12f * squares);
        }

        public sbyte[] Codes { get; }

        public float Scale { get; }

        public int Sum { get; }

        /// <summary>How far an estimate may be from the exact dot product (in code units; times the scales for a similarity).</summary>
        public float Margin { get; }

        /// <summary>The exact dot product of the query's codes and a vector's: 16 × (coarse − 8) + fine, a dimension at a time.</summary>
        public int Exact(int coarseDot, ReadOnlySpan<byte> fine) => (16 * (coarseDot - (8 * Sum))) + Vectors.PackedDot(fine, Codes);

        /// <summary>
        /// What the dot product estimated from the coarse half adds to 16 × its coarse dot: −16 × 8 × Σ query for the
        /// coarse numbers' offset, and the fine half taken at its mean, 7.5 × Σ query.
        /// </summary>
        public float EstimateOffset => (-128f * Sum) + (7.5f * Sum);
    }
}
