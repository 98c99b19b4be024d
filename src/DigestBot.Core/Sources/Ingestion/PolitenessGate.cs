namespace DigestBot.Sources;

/// <summary>
/// One request at a time with a minimum pause between them, process-wide (arXiv's terms: one connection and
/// one request every 3 seconds). Time comes from <see cref="TimeProvider"/> so tests can show the pause.
/// </summary>
public sealed class PolitenessGate(TimeSpan interval, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _one = new(1, 1);
    private DateTimeOffset? _lastFinished;

    public TimeSpan Interval => interval;

    public void Dispose() => _one.Dispose();

    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> request, CancellationToken cancellationToken)
    {
        await _one.WaitAsync(cancellationToken);
        try
        {
            if (_lastFinished is { } last && last + interval - time.GetUtcNow() is { } wait && wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken);
            }

            return await request(cancellationToken);
        }
        finally
        {
            _lastFinished = time.GetUtcNow();
            _one.Release();
        }
    }
}
