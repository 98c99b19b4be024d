using DigestBot.Commands;
using DigestBot.Digests;

namespace DigestBot.Watches;

/// <summary>
/// <c>watch pause ID|NAME</c>: one of this channel's watches stops matching new papers, kept with its query and name until
/// <c>watch resume ID</c>; papers that arrive meanwhile are not matched later. The channel's other watches and its
/// schedule are untouched.
/// </summary>
public sealed class WatchPauseCommand(WatchStore watches) : ICommandHandler
{
    /// <summary>
    /// The watch's number or (CLI and prompt) its name, as <c>watch remove</c> takes it (the number suggested by
    /// autocomplete in Discord). Written before
    /// <see cref="Definition"/>, which uses it: static properties are set in the order they are written.
    /// </summary>
    internal static CommandOption WatchOption { get; } =
        new("watch", "The watch's number from watch list", OptionType.Integer) { Required = true, Positional = true, Min = 1, Autocomplete = true, OrName = true };

    public static CommandDefinition Definition { get; } = new(
        "watch pause",
        "Pause one of this channel's watches: it matches no new papers until resumed",
        [WatchOption, ChannelOption.Definition])
    {
        RequiresManageChannels = true,
        Example = "1",
    };

    public ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var channelId = ChannelOption.Resolve(request);
        var id = WatchNumber.Resolve(watches, request, channelId, "pause");
        return watches.SetMuted(channelId, id, muted: true)
            ? ValueTask.FromResult(Reply.Message($"Watch {id} paused: it matches no new papers until watch resume {id}."))
            : throw new CommandInputException($"watch: this channel has no watch {id} (see watch list)");
    }
}
