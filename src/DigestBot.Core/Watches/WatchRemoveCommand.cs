using DigestBot.Commands;
using DigestBot.Digests;

namespace DigestBot.Watches;

/// <summary><c>watch remove ID|NAME</c>: deletes one of this channel's watches, named by its number or (CLI and prompt) its name.</summary>
public sealed class WatchRemoveCommand(WatchStore watches) : ICommandHandler
{
    public static CommandDefinition Definition { get; } = new(
        "watch remove",
        "Remove one of this channel's watches",
        [new CommandOption("watch", "The watch's number from watch list", OptionType.Integer) { Required = true, Positional = true, Min = 1, Autocomplete = true, OrName = true }, ChannelOption.Definition])
    {
        RequiresManageChannels = true,
        Example = "1",
    };

    public ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var channelId = ChannelOption.Resolve(request);
        var id = WatchNumber.Resolve(watches, request, channelId, "remove");
        return watches.Remove(channelId, id)
            ? ValueTask.FromResult(Reply.Message($"Watch {id} removed."))
            : throw new CommandInputException($"watch: this channel has no watch {id} (see watch list)");
    }
}
