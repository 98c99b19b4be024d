namespace DigestBot.Commands;

/// <summary>Where a command came from. The local console channel is channel 0 in guild 0.</summary>
public sealed record CommandOrigin(ulong GuildId, ulong ChannelId, ulong UserId, string Transport)
{
    public const ulong LocalChannel = 0;

    public static CommandOrigin Cli { get; } = new(0, LocalChannel, 0, "cli");

    public static CommandOrigin Prompt { get; } = new(0, LocalChannel, 0, "prompt");

    public const string DiscordTransport = "discord";

    /// <summary>The dashboard signed in by the key link: the operator, trusted as the terminal is.</summary>
    public const string DashboardTransport = "dashboard";

    /// <summary>
    /// The dashboard signed in with Discord: a member, as untrusted as in Discord (cooldowns apply); what they may change
    /// the dashboard checks with <see cref="ManageChannelsRule"/> before any command runs.
    /// </summary>
    public const string DashboardMemberTransport = "dashboard-member";

    public bool IsLocal => Transport is "cli" or "prompt" or DashboardTransport;

    /// <summary>A command as a reply names it here: <c>/search</c> in Discord, <c>search</c> in the terminal and on the dashboard.</summary>
    public string Named(string command) => Named(command, IsDiscord);

    /// <summary>A command as a reply names it in Discord (<c>/search</c>) or elsewhere (<c>search</c>).</summary>
    public static string Named(string command, bool inDiscord) => inDiscord ? "/" + command : command;

    /// <summary>Discord renders buttons, so paging and follow-up actions are worth offering.</summary>
    public bool IsDiscord => Transport == DiscordTransport;

    /// <summary>The transport's id for this request (a Discord interaction id), for the one log line a failure gets.</summary>
    public string? RequestId { get; init; }
}
