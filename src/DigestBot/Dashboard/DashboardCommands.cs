using DigestBot.Commands;

namespace DigestBot.Dashboard;

/// <summary>
/// Runs the bot's own commands for the dashboard, through the one pipeline every transport uses (option checks, limits,
/// errors as one line): the dashboard adds no logic of its own to what they do. The operator runs them as from the
/// terminal; a member logged in with Discord as themselves, with Discord's cooldowns, and a command that changes a
/// channel only with Manage Channels (or Administrator) in its server: checked here, on every post, whatever the page showed.
/// </summary>
internal sealed class DashboardCommands(CommandDispatcher dispatcher)
{
    /// <summary>The <see cref="Reply.Data"/> of a refusal for want of permission (a page answers it with 403).</summary>
    public static readonly object Refused = new();

    public Task<Reply> RunAsync(DashboardUser user, string command, IReadOnlyDictionary<string, object> options, CancellationToken cancellationToken) =>
        dispatcher.DispatchAsync(command, options, Origin(user, 0, CommandOrigin.LocalChannel), cancellationToken);

    /// <summary>A command about one channel, run as if from inside it (so a Discord channel keeps its server id).</summary>
    public Task<Reply> RunInChannelAsync(
        DashboardUser user, ulong channelId, ulong guildId, string command, Dictionary<string, object> options, CancellationToken cancellationToken)
    {
        var manages = dispatcher.Definitions.FirstOrDefault(d => d.Name == command)?.RequiresManageChannels ?? true;
        if (manages && !user.MayManage(guildId))
        {
            return Task.FromResult(Reply.Invalid($"You need the Manage Channels permission in this server to use {command}. Nothing changed.") with { Data = Refused });
        }

        options["channel"] = (long)channelId;
        return dispatcher.DispatchAsync(command, options, Origin(user, guildId, channelId), cancellationToken);
    }

    private static CommandOrigin Origin(DashboardUser user, ulong guildId, ulong channelId) => user.IsOperator
        ? new CommandOrigin(guildId, channelId, 0, CommandOrigin.DashboardTransport)
        : new CommandOrigin(guildId, channelId, user.UserId, CommandOrigin.DashboardMemberTransport);
}
