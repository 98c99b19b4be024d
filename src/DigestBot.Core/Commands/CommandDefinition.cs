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
    /// The boolean option <c>--json</c> needs beside it, or null: <c>digest</c>'s <c>--dry-run</c>, since a post to the
    /// console channel prints the digest itself on stdout. Without it the CLI refuses <c>--json</c> with one line.
    /// </summary>
    public string? JsonOnlyWith { get; init; }

    /// <summary>
    /// Changes a channel's setup (watches, schedules): Discord offers it by default only to members with Manage
    /// Channels (<c>default_member_permissions</c> "16"), and the pipeline checks the permission again itself.
    /// </summary>
    public bool RequiresManageChannels { get; init; }

    /// <summary>
    /// Offered by the CLI and prompt, never to Discord: it works on the bot's own machine (files, maintenance), or
    /// Discord has it in another shape (<see cref="DiscordOnly"/> forms such as <c>summary paper</c>).
    /// </summary>
    public bool LocalOnly { get; init; }

    /// <summary>A slash-command shape of a CLI command (<c>/summary topic</c>, <c>/digest now</c>): never offered by the CLI or prompt.</summary>
    public bool DiscordOnly { get; init; }

    /// <summary>Run only by the bot's own buttons (the next page of a search): no slash command, no CLI verb.</summary>
    public bool Hidden { get; init; }

    /// <summary>
    /// Reads or writes the data directory. The CLI checks the configuration, takes the directory's lock and creates
    /// it only for such commands: <c>help</c> needs none of that and leaves no <c>./data</c> behind.
    /// </summary>
    public bool UsesData { get; init; } = true;

    /// <summary>
    /// Reads or writes the database (most data commands): the CLI opens and migrates it before the command runs.
    /// <c>restore</c> must not (it replaces the file, which may be the broken one), <c>dashboard</c> needs only its key.
    /// </summary>
    public bool UsesDatabase { get; init; } = true;

    /// <summary>
    /// The checks of the command's input that need no data (a query's syntax, a paper id's form, a date), throwing
    /// <see cref="CommandInputException"/>: the CLI runs them before it creates or opens the data directory, so a command
    /// refused for its input leaves no data directory behind, and every transport runs them before a command's cooldown
    /// starts. The handler checks the same again where it reads them.
    /// </summary>
    public Action<CommandRequest>? CheckInput { get; init; }

    /// <summary>One typical invocation, without the command name: <c>"layer normalization" AND cat:cs.LG</c>. Shown by help.</summary>
    public string? Example { get; init; }
}
