namespace DigestBot.Commands;

/// <summary>
/// <c>help</c>: one screen — what the bot does, then every command with its usage and an example, from the same
/// definitions every transport uses. Discord sees slash forms (and no local-only command); the CLI and prompt
/// see CLI forms (and no Discord-only shape).
/// </summary>
public sealed class HelpCommand(IEnumerable<CommandRegistration> registrations) : ICommandHandler
{
    public const string Intro =
        "DigestBot collects new papers from arXiv, Hugging Face Daily Papers and journal feeds, and posts each channel's digest of the papers matching its watches.\n" +
        "Search, read, summarise and cite them here; a watch is a search query such as \"reinforcement learning\" AND ti:policy.";

    public static CommandDefinition Definition { get; } = new(
        "help",
        "List the commands with an example each",
        [new CommandOption("command", "Only this command (help watch lists every watch command)") { Positional = true, LocalOnly = true }])
    {
        Example = string.Empty,
        UsesData = false,
    };

    public ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var discord = request.Origin.Transport == "discord";
        var only = request.GetString("command")?.Trim().TrimStart('/');
        var shown = registrations
            .Select(r => r.Definition)
            .Where(d => !d.Hidden && (discord ? !d.LocalOnly : !d.DiscordOnly))
            .ToList();
        if (!string.IsNullOrEmpty(only))
        {
            // "help watch" lists watch add, list, remove…; "help watch add" that one.
            shown = [.. shown.Where(d => d.Name == only || d.Name.StartsWith(only + " ", StringComparison.Ordinal))];
            if (shown.Count == 0)
            {
                throw new CommandInputException($"help: there is no command '{only}' (help lists them)");
            }
        }

        var fields = shown
            .OrderBy(d => d.Name, StringComparer.Ordinal)
            .Select(d => discord
                ? new CardField(HelpForms.Slash(d), ReplyMarkup.Escape(Line(d.Description, HelpForms.SlashExample(d))))
                : new CardField(Usage(d), ReplyMarkup.Escape(Line(d.Description, HelpForms.CliExample(d)))))
            .ToList();
        var card = new Card("DigestBot commands")
        {
            Fields = fields,
            Footer = discord
                ? "Commands that change a channel's setup (watches, schedules, digests) need Manage Channels."
                : string.IsNullOrEmpty(only)
                    ? "At the local prompt a leading / is optional: /papers --limit 5"
                    : $"Every option, described: {only} --help",
        };
        return ValueTask.FromResult(new Reply { Text = string.IsNullOrEmpty(only) ? Intro : null, Cards = [card], Ephemeral = true });
    }

    /// <summary>The CLI form: <c>paper ID [--json]</c>.</summary>
    public static string Usage(CommandDefinition d)
    {
        var parts = new List<string> { d.Name };
        foreach (var o in d.Options.Where(o => o.OnCli))
        {
            var value = o.Type == OptionType.Integer ? o.OrName ? "N|NAME" : "N"
                : o.Choices is { Count: > 0 } choices ? string.Join('|', choices)
                : o.Name.ToUpperInvariant();
            var placeholder = o.Type == OptionType.Boolean ? $"--{o.Name}" : o.Positional ? value : $"--{o.Name} {value}";
            parts.Add(o.Required ? placeholder : $"[{placeholder}]");
        }

        if (d.SupportsJson)
        {
            parts.Add("[--json]");
        }

        return string.Join(' ', parts);
    }

    private static string Line(string description, string? example) =>
        example is null ? description : $"{description} · e.g. {example}";
}
