using System.Diagnostics;

namespace DigestBot.Semantic;

/// <summary>Papers embedded per second over the last minute, from the batches' start and end times (any thread).</summary>
internal sealed class EmbeddingRate
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private readonly Queue<(long Start, long End, int Papers)> _batches = new();

    public double PapersPerSecond
    {
        get
        {
            lock (_gate)
            {
                if (_batches.Count == 0)
                {
                    return 0;
                }

                var seconds = Stopwatch.GetElapsedTime(_batches.Min(b => b.Start), _batches.Max(b => b.End)).TotalSeconds;
                return _batches.Sum(b => b.Papers) / Math.Max(seconds, 1e-3);
            }
        }
    }

    public void Measured(long start, int papers)
    {
        var end = Stopwatch.GetTimestamp();
        lock (_gate)
        {
            _batches.Enqueue((start, end, papers));
            while (_batches.Count > 1 && Stopwatch.GetElapsedTime(_batches.Peek().End, end) > Window)
            {
                _batches.Dequeue();
            }
        }
    }
}
