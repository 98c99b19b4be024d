using DigestBot.Commands;

namespace DigestBot.Digests;

/// <summary>
/// <c>schedule show [--json]</c>: the channel's schedule, next fire times, pause state and last digest. Its JSON is the
/// channel's row of <c>status --json</c> without <c>why</c>, plus <c>nextTimes</c> (see <see cref="ScheduleShowResult"/>).
/// </summary>
public sealed class ScheduleShowCommand(ChannelStore channels, ChannelStatusReader statuses, TimeProvider time) : ICommandHandler
{
    public static CommandDefinition Definition { get; } = new("schedule show", "Show this channel's digest schedule", [ChannelOption.Definition])
    {
        SupportsJson = true,
        Example = string.Empty,
    };

    public ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var channelId = ChannelOption.Resolve(request);
        var channel = channels.Get(channelId);
        var status = statuses.Read(channelId)[0];
        var zone = TimeZoneInfo.FindSystemTimeZoneById(channel.TimeZone);
        var readable = DigestSchedule.TryParse(channel.Schedule, out var schedule, out _);
        var next = readable ? ScheduleSetCommand.NextTimes(schedule!, zone, time.GetUtcNow()) : [];
        var text = readable
            ? ScheduleSetCommand.Describe(schedule!, zone, next, channel.Paused)
            : $"Schedule '{channel.Schedule}' cannot be read ({DigestSchedule.Unreadable(channel.Schedule)}); set a new one with {request.Origin.Named("schedule set")}.";
        var state = channel.Paused
            ? $"Paused{(channel.PausedReason is { } why ? $" by the bot: {why}" : string.Empty)}. Resume with {request.Origin.Named("schedule resume")}."
            : "Active.";
        var last = channel.LastDigestAt is { } at ? $"Last digest {ChannelTime.Format(at, channel.TimeZone, "yyyy-MM-dd HH:mm")}." : "No digest yet.";
        return ValueTask.FromResult(new Reply
        {
            Text = $"{text}\n{state} {Counts.Papers(status.Pending)} pending. {last}",
            Data = ScheduleShowResult.Of(status, next),
        });
    }
}
