using DigestBot.Sources;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Tests.Sources.Ingestion;

public class PolitenessGateTests
{
    [Fact]
    public async Task A_second_request_waits_the_interval_after_the_first_finished()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 4, 27, 12, 0, 0, TimeSpan.Zero));
        var gate = new PolitenessGate(TimeSpan.FromSeconds(3), clock);
        var started = new List<DateTimeOffset>();
        Task<int> Request(CancellationToken _)
        {
            started.Add(clock.GetUtcNow());
            return Task.FromResult(started.Count);
        }

        await gate.RunAsync(Request, CancellationToken.None);
        var second = gate.RunAsync(Request, CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(2.9));
        var waitedTooLittle = second.IsCompleted;
        clock.Advance(TimeSpan.FromSeconds(0.1));
        await second.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(waitedTooLittle);
        Assert.Equal(TimeSpan.FromSeconds(3), started[1] - started[0]);
    }

    [Fact]
    public async Task Requests_never_overlap()
    {
        var gate = new PolitenessGate(TimeSpan.Zero, TimeProvider.System);
        var inside = 0;
        var most = 0;
        async Task<int> Request(CancellationToken ct)
        {
            most = Math.Max(most, Interlocked.Increment(ref inside));
            await Task.Yield();
            Interlocked.Decrement(ref inside);
            return 0;
        }

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => gate.RunAsync(Request, CancellationToken.None)));

        Assert.Equal(1, most);
    }
}
