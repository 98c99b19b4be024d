using Quartz;

namespace DigestBot.Digests;

/// <summary>One channel's digest run; one job per channel, so a channel's digests never overlap.</summary>
[DisallowConcurrentExecution]
public sealed class DigestJob(DigestService digests, DigestScheduler scheduler, ChannelStore channels) : IJob
{
    public const string ChannelKey = "channel";

    public static JobKey KeyFor(ulong channelId) => new($"digest:{channelId}", "digests");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var channel = ulong.Parse(context.MergedJobDataMap.GetString(ChannelKey)!, System.Globalization.CultureInfo.InvariantCulture);
        var before = channels.Get(channel);
        if (before.Paused && !before.AutoResume)
        {
            return; // paused by a person, or the bot cannot reach the channel: nothing runs until schedule resume
        }

        await digests.RunAsync(channel, cancellationToken);
        if (before.Paused && !channels.Get(channel).Paused)
        {
            await scheduler.RescheduleAsync(channel, catchUp: false, cancellationToken); // resumed by itself: its schedule again
        }

        await scheduler.RetryIfFailedAsync(channel, cancellationToken);
    }
}
