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

    /// <summary>Only in Discord (<c>private</c>): the CLI and prompt do not offer it.</summary>
    public bool DiscordOnly { get; init; }

    /// <summary>Set only by the bot's own buttons (a search page's stored state): no transport offers it.</summary>
    public bool Hidden { get; init; }

    /// <summary>The option's name in Discord where it differs from the CLI's (<c>--tz</c> is <c>timezone:</c>).</summary>
    public string? DiscordName { get; init; }

    /// <summary>Discord asks for suggestions while it is typed; an <c>IAutocompleteProvider</c> answers.</summary>
    public bool Autocomplete { get; init; }

    /// <summary>Offered by the CLI and prompt.</summary>
    public bool OnCli => !DiscordOnly && !Hidden;

    /// <summary>Offered as a slash-command option.</summary>
    public bool OnDiscord => !LocalOnly && !Hidden;

    /// <summary>
    /// Text in the search language (a query), or text meant as words like one (<c>watch add --about</c>). At the prompt
    /// it is taken as typed, so <c>"layer normalization"</c> keeps its quotes and stays a phrase; other text is read word
    /// by word as a shell would. Given as a named option, it takes the words up to the next option.
    /// </summary>
    public bool IsQuery { get; init; }

    /// <summary>A file or folder: the CLI makes it absolute before a running bot (with its own working directory) gets it.</summary>
    public bool IsPath { get; init; }

    /// <summary>The only values a string option takes (<c>relevance</c>, <c>date</c>): a fixed list in Discord, checked everywhere.</summary>
    public IReadOnlyList<string>? Choices { get; init; }

    /// <summary>
    /// Other words the CLI and prompt take for a choice (<c>newest</c> for <c>date</c>), matched in any case; Discord
    /// offers the choices alone.
    /// </summary>
    public IReadOnlyDictionary<string, string>? ChoiceAliases { get; init; }

    /// <summary>The choice <paramref name="value"/> names, itself or by an alias, in any case; null when it names none.</summary>
    public string? Choice(string value) =>
        Choices?.FirstOrDefault(c => string.Equals(c, value, StringComparison.OrdinalIgnoreCase))
        ?? ChoiceAliases?.FirstOrDefault(a => string.Equals(a.Key, value, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>
    /// An integer option (a watch's number) the CLI and prompt also take as a name: a value that is not a whole number
    /// reaches the handler as its text (a <c>string</c>), and the handler finds what it names.
    /// </summary>
    public bool OrName { get; init; }

    public long? Min { get; init; }

    public long? Max { get; init; }
}
