using DigestBot.Commands;
using DigestBot.Digests;

namespace DigestBot.Dashboard;

/// <summary>
/// Runs the bot's own commands for the dashboard, through the one pipeline every transport uses (option checks, limits,
/// errors as one line), as the operator signed in by the key: the dashboard adds no logic of its own to what they do.
/// </summary>
internal sealed class DashboardCommands(CommandDispatcher dispatcher, ChannelStore channels)
{
    public Task<Reply> RunAsync(string command, IReadOnlyDictionary<string, object> options, CancellationToken cancellationToken) =>
        dispatcher.DispatchAsync(command, options, new CommandOrigin(0, CommandOrigin.LocalChannel, 0, CommandOrigin.DashboardTransport), cancellationToken);

    /// <summary>A command about one channel, run as if from inside it (so a Discord channel keeps its server id).</summary>
    public Task<Reply> RunInChannelAsync(ulong channelId, string command, Dictionary<string, object> options, CancellationToken cancellationToken)
    {
        options["channel"] = (long)channelId;
        var origin = new CommandOrigin(channels.Get(channelId).GuildId, channelId, 0, CommandOrigin.DashboardTransport);
        return dispatcher.DispatchAsync(command, options, origin, cancellationToken);
    }
}
