using DigestBot.Commands;

namespace DigestBot.Digests;

/// <summary><c>schedule show</c>: the channel's schedule, next fire times, pause state and last digest.</summary>
public sealed class ScheduleShowCommand(ChannelStore channels, Outbox outbox, TimeProvider time) : ICommandHandler
{
    public static CommandDefinition Definition { get; } = new("schedule show", "Show this channel's digest schedule", [ChannelOption.Definition])
    {
        Example = string.Empty,
    };

    public ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var channelId = ChannelOption.Resolve(request);
        var channel = channels.Get(channelId);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(channel.TimeZone);
        var text = DigestSchedule.TryParse(channel.Schedule, out var schedule, out _)
            ? ScheduleSetCommand.Describe(schedule, zone, time.GetUtcNow())
            : $"Schedule '{channel.Schedule}' cannot be read; set a new one.";
        var state = channel.Paused
            ? $"Paused{(channel.PausedReason is { } why ? $" by the bot: {why}" : string.Empty)}. Resume with schedule resume."
            : "Active.";
        var last = channel.LastDigestAt is { } at ? $"Last digest {at.UtcDateTime:yyyy-MM-dd HH:mm} UTC." : "No digest yet.";
        return ValueTask.FromResult(Reply.Message($"{text}\n{state} {outbox.PendingCount(channelId)} papers pending. {last}"));
    }
}
