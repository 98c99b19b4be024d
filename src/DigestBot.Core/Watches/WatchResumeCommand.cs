using DigestBot.Commands;
using DigestBot.Digests;

namespace DigestBot.Watches;

/// <summary><c>watch resume ID|NAME</c>: a paused watch of this channel matches new papers again (from now on, not those it missed).</summary>
public sealed class WatchResumeCommand(WatchStore watches) : ICommandHandler
{
    public static CommandDefinition Definition { get; } = new(
        "watch resume",
        "Resume a paused watch of this channel",
        [WatchPauseCommand.WatchOption, ChannelOption.Definition])
    {
        RequiresManageChannels = true,
        Example = "1",
    };

    public ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var channelId = ChannelOption.Resolve(request);
        var id = WatchNumber.Resolve(watches, request, channelId, "resume");
        return watches.SetMuted(channelId, id, muted: false)
            ? ValueTask.FromResult(Reply.Message($"Watch {id} resumed: it matches new papers again."))
            : throw new CommandInputException($"watch: this channel has no watch {id} (see watch list)");
    }
}
