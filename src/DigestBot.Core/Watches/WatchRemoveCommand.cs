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
        var id = request.GetInteger("watch") is { } number ? (int)number : Named(channelId, request.GetRequiredString("watch"));
        return watches.Remove(channelId, id)
            ? ValueTask.FromResult(Reply.Message($"Watch {id} removed."))
            : throw new CommandInputException($"watch: this channel has no watch {id} (see watch list)");
    }

    /// <summary>The number of the channel's watch with this name (case ignored, as names are told apart), or the one line why none.</summary>
    private int Named(ulong channelId, string name)
    {
        var named = watches.ForChannel(channelId).Where(w => string.Equals(w.Name, name.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        return named switch
        {
            [var one] => one.Id,
            [] => throw new CommandInputException($"watch: this channel has no watch named \"{name.Trim()}\" (see watch list)"),
            _ => throw new CommandInputException(
                $"watch: {named.Count} watches of this channel are named \"{name.Trim()}\" ({string.Join(", ", named.Select(w => w.Id))}); remove one by its number"),
        };
    }
}
