using DigestBot.Digests;
using DigestBot.DiscordBot;
using DigestBot.FakeDiscord;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace DigestBot.Benchmarks;

/// <summary>
/// The app as <c>Program</c> wires it in Gateway mode (Quartz, the digest scheduler, the gateway client) on a data
/// directory of its own, against the fake Discord and a loopback feed source called <see cref="Source"/>.
/// </summary>
internal sealed class SoakHost : IAsyncDisposable
{
    public const string Source = "soak";
    private const string Token = "soak-bot-token";

    private SoakHost(FakeDiscordServer fake, SoakFeed feed, ServiceProvider services, IScheduler scheduler, SoakErrorLog errors)
    {
        Errors = errors;
        Fake = fake;
        Feed = feed;
        Services = services;
        Scheduler = scheduler;
    }

    public FakeDiscordServer Fake { get; }

    public SoakFeed Feed { get; }

    public ServiceProvider Services { get; }

    public IScheduler Scheduler { get; }

    public SoakErrorLog Errors { get; }

    public DiscordGatewayService Gateway => Services.GetRequiredService<DiscordGatewayService>();

    /// <summary>
    /// Starts it all. The fake keeps Discord's global limit but lets a channel post 50 messages a second (instead of 5
    /// per 5 s), so cycles are not paced by the per-channel bucket the fan-out scenario already measures; the search
    /// cooldown per channel is off for the same reason (the guard tests cover it).
    /// </summary>
    public static async Task<SoakHost> StartAsync(string dataDirectory)
    {
        var fake = await FakeDiscordServer.StartAsync(new FakeDiscordOptions
        {
            Token = Token,
            Messages = new FakeBucketRule("messages", 50, TimeSpan.FromSeconds(1)),
        });
        var feed = new SoakFeed();
        var errors = new SoakErrorLog();
        var services = AppServices.Build(dataDirectory, withSearch: true, s => s.AddDiscord().AddLogging(b => b.AddProvider(errors)), new Dictionary<string, string?>
        {
            ["DigestBot:Discord:Mode"] = "Gateway",
            ["DigestBot:Discord:Token"] = Token,
            ["DigestBot:Discord:ApplicationId"] = SoakInteractions.ApplicationId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["DigestBot:Discord:ApiBaseUrl"] = fake.ApiBaseUrl.ToString(),
            [$"DigestBot:Sources:List:{Source}:Type"] = "Feed",
            [$"DigestBot:Sources:List:{Source}:Url"] = feed.Url,

            // Every interaction comes from its own user, but all from one channel, a few times a second.
            ["DigestBot:Cooldowns:Search:ChannelSeconds"] = "0",
        });
        var scheduler = await services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.Start();
        await services.GetRequiredService<DigestScheduler>().StartAsync(CancellationToken.None);
        var host = new SoakHost(fake, feed, services, scheduler, errors);
        await host.Gateway.StartAsync(CancellationToken.None);
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await Gateway.StopAsync(limit.Token);
        await Scheduler.Shutdown(waitForJobsToComplete: true);
        await Services.DisposeAsync();
        await Fake.DisposeAsync();
        Feed.Dispose();
    }
}
