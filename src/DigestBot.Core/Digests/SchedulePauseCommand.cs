using DigestBot.Commands;

namespace DigestBot.Digests;

/// <summary><c>schedule pause</c>: matches keep queueing; nothing posts until <c>schedule resume</c>.</summary>
public sealed class SchedulePauseCommand(ChannelStore channels, DigestScheduler scheduler) : ICommandHandler
{
    public static CommandDefinition Definition { get; } = new("schedule pause", "Pause this channel's digests (matches keep queueing)", [ChannelOption.Definition])
    {
        RequiresManageChannels = true,
        Example = string.Empty,
    };

    public async ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var channelId = ChannelOption.Resolve(request);
        channels.Update(channelId, c => c with { Paused = true, PausedReason = null });
        await scheduler.RescheduleAsync(channelId, catchUp: false, cancellationToken);
        return Reply.Message("Digests paused for this channel. Matches keep queueing; schedule resume sends them.");
    }
}
