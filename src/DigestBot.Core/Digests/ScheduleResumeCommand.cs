using DigestBot.Commands;

namespace DigestBot.Digests;

/// <summary><c>schedule resume</c>: clears a pause (a person's or the bot's after failures) and the failure count.</summary>
public sealed class ScheduleResumeCommand(ChannelStore channels, DigestScheduler scheduler) : ICommandHandler
{
    public static CommandDefinition Definition { get; } = new("schedule resume", "Resume this channel's digests", [ChannelOption.Definition])
    {
        RequiresManageChannels = true,
        Example = string.Empty,
    };

    public async ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var channelId = ChannelOption.Resolve(request);
        channels.Update(channelId, c => c with { Paused = false, PausedReason = null, ConsecutiveFailures = 0, LastError = null });
        await scheduler.RescheduleAsync(channelId, catchUp: true, cancellationToken);
        return Reply.Message("Digests resumed for this channel.");
    }
}
