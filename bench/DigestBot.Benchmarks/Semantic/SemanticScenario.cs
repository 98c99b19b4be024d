namespace DigestBot.Benchmarks.Semantic;

/// <summary>
/// Semantic search at scale: the exact vector scan and the memory of N vectors (<see cref="VectorScale"/>), hybrid
/// search latency on the corpus (<see cref="HybridLatency"/>), percolation of semantic watches
/// (<see cref="SemanticPercolation"/>) and ingest with semantic search off and on (<see cref="SemanticIngest"/>).
/// Embedding speed is the <c>embedding</c> scenario; quality is the <c>relevance</c> scenario's.
/// </summary>
internal static class SemanticScenario
{
    public static async Task<IReadOnlyList<Result>> RunAsync(BenchRun run)
    {
        var results = new List<Result>();
        results.AddRange(VectorScale.Measure(run));
        GC.Collect();
        results.AddRange(SemanticPercolation.Measure(run));
        results.AddRange(await HybridLatency.MeasureAsync(run));
        results.AddRange(await SemanticIngest.MeasureAsync(run));
        return results;
    }
}
