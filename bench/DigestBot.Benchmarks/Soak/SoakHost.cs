using DigestBot.Digests;
using DigestBot.DiscordBot;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace DigestBot.Benchmarks;

/// <summary>
/// The app as <c>Program</c> wires it in Gateway mode (Quartz, the digest scheduler, the gateway client) on a data
/// directory of its own, against the fake Discord and a loopback feed source called <see cref="Source"/>. Those two run
/// in another process (<see cref="SoakFakesClient"/>): this process holds the app and the soak's few counters only.
/// </summary>
internal sealed class SoakHost : IAsyncDisposable
{
    public const string Source = "soak";

    private SoakHost(SoakFakesClient fakes, ServiceProvider services, IScheduler scheduler, SoakErrorLog errors)
    {
        Errors = errors;
        Fakes = fakes;
        Services = services;
        Scheduler = scheduler;
    }

    public SoakFakesClient Fakes { get; }

    public ServiceProvider Services { get; }

    public IScheduler Scheduler { get; }

    public SoakErrorLog Errors { get; }

    public DiscordGatewayService Gateway => Services.GetRequiredService<DiscordGatewayService>();

    /// <summary>Starts it all. The search cooldown per channel is off so cycles are not paced by it (the guard tests cover it).</summary>
    public static async Task<SoakHost> StartAsync(string dataDirectory)
    {
        var fakes = await SoakFakesClient.StartAsync();
        var errors = new SoakErrorLog();
        var services = AppServices.Build(dataDirectory, withSearch: true, o => o.Add(s => s.AddLogging(b => b.AddProvider(errors))), new Dictionary<string, string?>
        {
            ["DigestBot:Discord:Mode"] = "Gateway",
            ["DigestBot:Discord:Token"] = SoakFakes.Token,
            ["DigestBot:Discord:ApplicationId"] = SoakInteractions.ApplicationId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["DigestBot:Discord:ApiBaseUrl"] = fakes.Addresses.Api,
            [$"DigestBot:Sources:List:{Source}:Type"] = "Feed",
            [$"DigestBot:Sources:List:{Source}:Url"] = fakes.Addresses.Feed,

            // Every interaction comes from its own user, but all from one channel, a few times a second.
            ["DigestBot:Cooldowns:Search:PerChannel"] = "00:00:00",

            // Off: vectors are held in memory by design, about 450 bytes a paper of the window (Semantic:Since), so with
            // them a day of ingest grows memory by the papers it adds, which the semantic scenario measures (1M vectors
            // in 508 MiB). With semantic on and no embedding worker started here, every new paper also waited in the
            // embedding queue for good: the 2.6 KB a cycle a 5,000-cycle run showed (docs/performance.md, Soak).
            ["DigestBot:Semantic:Enabled"] = "false",
        });
        var scheduler = await services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.Start();
        await services.GetRequiredService<DigestScheduler>().StartAsync(CancellationToken.None);
        var host = new SoakHost(fakes, services, scheduler, errors);
        await host.Gateway.StartAsync(CancellationToken.None);
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await Gateway.StopAsync(limit.Token);
        await Scheduler.Shutdown(waitForJobsToComplete: true);
        await Services.DisposeAsync();
        await Fakes.DisposeAsync();
    }
}
