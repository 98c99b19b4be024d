using System.Reflection;
using DigestBot.Sources;
using DigestBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Quartz;

namespace DigestBot.Tests.Sources.Ingestion;

/// <summary>
/// Stopping the bot interrupts the polls under way. A poll that ends between Quartz finding it running and cancelling
/// it makes Quartz's cancel throw <see cref="ObjectDisposedException"/> (its token is already disposed); that race once
/// ended an offline bot's SIGTERM with "unexpected error" and exit code 1. The stop must go on to every other source.
/// </summary>
public sealed class SourceSchedulerStopTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_poll_that_ended_while_being_interrupted_does_not_fail_the_stop_and_the_other_sources_are_interrupted()
    {
        var scheduler = DispatchProxy.Create<IScheduler, InterruptRecorder>();
        var recorder = (InterruptRecorder)(object)scheduler;
        recorder.DisposedFor = IngestJob.KeyFor("arxiv");
        using var services = TestApp.Services([new("DigestBot:Storage:DataDirectory", _temp.Combine("data"))]).BuildWithStorage();
        var options = Options.Create(new SourcesOptions
        {
            List = new(StringComparer.OrdinalIgnoreCase)
            {
                ["arxiv"] = new SourceConfig { Type = SourceType.ArxivListing, Categories = ["cs.LG"] },
                ["hf-daily"] = new SourceConfig { Type = SourceType.HfDaily },
            },
        });
        var sources = new SourceScheduler(OneScheduler.Of(scheduler), options, services.GetRequiredService<SourceStateStore>(), TimeProvider.System, NullLogger<SourceScheduler>.Instance);

        await sources.StopAsync(CancellationToken.None);

        Assert.Equal([IngestJob.KeyFor("arxiv"), IngestJob.KeyFor("hf-daily")], recorder.Interrupted);
    }

    /// <summary>A scheduler that records <c>Interrupt</c> calls and throws for one job as Quartz does in the race.</summary>
    public class InterruptRecorder : DispatchProxy
    {
        public JobKey? DisposedFor { get; set; }

        public List<JobKey> Interrupted { get; } = [];

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            if (targetMethod?.Name == nameof(IScheduler.Interrupt) && args?[0] is JobKey key)
            {
                Interrupted.Add(key);
                return Boxed(key.Equals(DisposedFor)
                    ? ValueTask.FromException<bool>(new ObjectDisposedException("The CancellationTokenSource has been disposed."))
                    : ValueTask.FromResult(true));
            }

            throw new NotSupportedException(targetMethod?.Name);
        }
    }

    /// <summary>A proxy's answer is an object: the value task is boxed once, and awaited once by the caller.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1859", Justification = "a DispatchProxy answers with an object")]
    private static object Boxed<T>(ValueTask<T> task) => task;

    /// <summary>A scheduler factory whose <c>GetScheduler()</c> gives the one scheduler.</summary>
    public class OneScheduler : DispatchProxy
    {
        public IScheduler? Scheduler { get; set; }

        public static ISchedulerFactory Of(IScheduler scheduler)
        {
            var factory = Create<ISchedulerFactory, OneScheduler>();
            ((OneScheduler)(object)factory).Scheduler = scheduler;
            return factory;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
            targetMethod?.Name == nameof(ISchedulerFactory.GetScheduler) && args is [CancellationToken]
                ? Boxed(ValueTask.FromResult(Scheduler!))
                : throw new NotSupportedException(targetMethod?.Name);
    }
}
