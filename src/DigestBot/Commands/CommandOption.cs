namespace DigestBot.Commands;

/// <summary>
/// One option of a command. <see cref="Positional"/> options are CLI arguments (<c>paper ID</c>); every option is
/// a named option in Discord. Names are lower-case with hyphens (<c>dry-run</c>).
/// </summary>
public sealed record CommandOption(string Name, string Description, OptionType Type = OptionType.String)
{
    public bool Required { get; init; }

    public bool Positional { get; init; }

    /// <summary>Takes one or more values (a <c>string[]</c>); only for positional CLI arguments of local-only commands.</summary>
    public bool Multiple { get; init; }

    /// <summary>Only on the CLI and prompt (<c>--channel</c>): in Discord the interaction itself says it.</summary>
    public bool LocalOnly { get; init; }

    /// <summary>A file or folder: the CLI makes it absolute before a running bot (with its own working directory) gets it.</summary>
    public bool IsPath { get; init; }

    public long? Min { get; init; }

    public long? Max { get; init; }
}
