namespace DigestBot.Semantic;

/// <summary>Exact search over every vector (see <see cref="VectorSet"/>).</summary>
internal sealed partial class VectorSet
{
    /// <summary>
    /// The <paramref name="k"/> vectors most like <paramref name="query"/> (a unit vector), published at or after
    /// <paramref name="since"/> (Unix seconds) when given, <paramref name="exclude"/> left out; and how many in all
    /// reach <paramref name="floor"/>.
    /// </summary>
    public (IReadOnlyList<VectorHit> Hits, int AtLeastFloor) Search(float[] query, int k, long? since = null, string? exclude = null, float floor = 1f)
    {
        var codes = new sbyte[Dimensions];
        var queryScale = Vectors.Quantize(query, codes);
        var magnitudes = Vectors.Magnitudes(codes);
        _lock.EnterReadLock();
        try
        {
            var skip = exclude is not null && _slots.TryGetValue(exclude, out var s) ? s : -1;
            var blocks = _codes.Count;
            var parts = _used >= ParallelFrom ? Math.Min(blocks, Environment.ProcessorCount) : 1;
            var tops = new TopHits[parts];
            var counts = new int[parts];
            Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, part =>
            {
                var top = tops[part] = new TopHits(k);
                var close = 0;
                for (var block = part; block < blocks; block += parts)
                {
                    var blockCodes = _codes[block];
                    var scales = _scales[block];
                    var published = _published[block];
                    var end = Math.Min(BlockSize, _used - (block * BlockSize));
                    for (var at = 0; at < end; at++)
                    {
                        if (scales[at] == 0 || (since is { } from && published[at] < from) || (block * BlockSize) + at == skip)
                        {
                            continue;
                        }

                        var similarity = Vectors.Dot(magnitudes, codes, blockCodes.AsSpan(at * Dimensions, Dimensions)) * queryScale * scales[at];
                        close += similarity >= floor ? 1 : 0;
                        top.Offer((block * BlockSize) + at, similarity);
                    }
                }

                counts[part] = close;
            });

            for (var part = 1; part < parts; part++)
            {
                tops[0].Merge(tops[part]);
            }

            return ([.. tops[0].Best().Select(h => new VectorHit(_keys[h.Slot / BlockSize][h.Slot % BlockSize]!, h.Similarity))], counts.Sum());
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }
}
