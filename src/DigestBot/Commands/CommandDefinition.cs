namespace DigestBot.Commands;

/// <summary>
/// What a command is, independent of transport. <see cref="Name"/> may hold a space for a sub-command
/// (<c>watch add</c>): the CLI nests it, Discord groups it under the first word.
/// </summary>
public sealed record CommandDefinition(string Name, string Description, IReadOnlyList<CommandOption> Options)
{
    public CommandDefinition(string name, string description)
        : this(name, description, [])
    {
    }

    /// <summary>May take longer than Discord's 3 seconds: the pipeline defers before running it.</summary>
    public bool MayBeSlow { get; init; }

    /// <summary>The handler can put machine-readable data in <see cref="Reply.Data"/> (the CLI's <c>--json</c>).</summary>
    public bool SupportsJson { get; init; }

    /// <summary>
    /// Changes a channel's setup (watches, schedules): Discord offers it by default only to members with Manage
    /// Channels (<c>default_member_permissions</c> "16"), and the pipeline checks the permission again itself.
    /// </summary>
    public bool RequiresManageChannels { get; init; }

    /// <summary>Works on the bot's own machine (files, maintenance): offered by the CLI and prompt, never to Discord.</summary>
    public bool LocalOnly { get; init; }
}
