using Microsoft.Extensions.Hosting;

namespace DigestBot.Tests.Composition;

/// <summary>How <see cref="StartupSteps"/> (the order inside <see cref="StartupSequence"/>) starts and stops its steps.</summary>
public sealed class StartupStepsTests
{
    [Fact]
    public async Task Steps_start_in_order_and_stop_in_the_reverse_order()
    {
        var log = new List<string>();
        var announced = new List<IHostedService>();
        var steps = new StartupSteps([new RecordingStep("a", log), new RecordingStep("b", log), new RecordingStep("c", log)]);

        await steps.StartAsync(announced.Add, CancellationToken.None);
        var failures = await steps.StopAsync(CancellationToken.None);

        Assert.Equal(["start a", "start b", "start c", "stop c", "stop b", "stop a"], log);
        Assert.Equal(3, announced.Count);
        Assert.Empty(failures);
    }

    [Fact]
    public async Task A_step_that_fails_to_stop_does_not_keep_the_steps_before_it_from_stopping()
    {
        var log = new List<string>();
        var broken = new InvalidOperationException("index writer already closed");
        var steps = new StartupSteps([new RecordingStep("a", log), new RecordingStep("b", log) { StopFailure = broken }, new RecordingStep("c", log)]);
        await steps.StartAsync(_ => { }, CancellationToken.None);

        var failures = await steps.StopAsync(CancellationToken.None);

        Assert.Equal(["stop c", "stop b", "stop a"], log.Where(l => l.StartsWith("stop", StringComparison.Ordinal)));
        Assert.Same(broken, Assert.Single(failures));
    }

    [Fact]
    public async Task A_stop_asked_for_while_a_step_starts_ends_the_start_and_stops_only_what_started()
    {
        var log = new List<string>();
        using var stopping = new CancellationTokenSource();
        var announced = new List<IHostedService>();
        var refused = new RecordingStep("b", log)
        {
            // As a refused token does: the bot is told to stop, and the start in progress is cancelled.
            OnStart = async token =>
            {
                await stopping.CancelAsync();
                token.ThrowIfCancellationRequested();
            },
        };
        var first = new RecordingStep("a", log);
        var steps = new StartupSteps([first, refused, new RecordingStep("c", log)]);

        await steps.StartAsync(announced.Add, stopping.Token);
        var failures = await steps.StopAsync(CancellationToken.None);

        Assert.Equal(["start a", "start b", "stop b", "stop a"], log);
        Assert.Equal([first], announced);
        Assert.Empty(failures);
    }

    [Fact]
    public async Task A_step_that_fails_to_start_for_its_own_reason_fails_the_start()
    {
        var log = new List<string>();
        var steps = new StartupSteps([new RecordingStep("a", log) { OnStart = _ => throw new IOException("disk full") }, new RecordingStep("b", log)]);

        await Assert.ThrowsAsync<IOException>(() => steps.StartAsync(_ => { }, CancellationToken.None));
        Assert.Equal(["start a"], log);
    }
}
