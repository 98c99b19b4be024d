using DigestBot.Commands;

namespace DigestBot.Digests;

/// <summary>
/// <c>--channel ID</c> on the CLI and prompt (default 0, the console channel); in Discord the channel is the one the
/// command was used in.
/// </summary>
public static class ChannelOption
{
    public static CommandOption Definition { get; } = new("channel", "Channel id (default 0, the console channel)", OptionType.Integer)
    {
        LocalOnly = true,
        Min = 0,
    };

    public static ulong Resolve(CommandRequest request) =>
        request.GetInteger("channel") is { } id ? (ulong)id : request.Origin.ChannelId;

    public static ulong Guild(CommandRequest request) =>
        request.GetInteger("channel") is { } id && (ulong)id != request.Origin.ChannelId ? 0 : request.Origin.GuildId;
}
