namespace DigestBot.Commands;

/// <summary><c>help</c>: every command with its options, from the same definitions every transport uses.</summary>
public sealed class HelpCommand(IEnumerable<CommandRegistration> registrations) : ICommandHandler
{
    public static CommandDefinition Definition { get; } = new("help", "List the commands and their options");

    public ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var fields = registrations
            .Select(r => r.Definition)
            .OrderBy(d => d.Name, StringComparer.Ordinal)
            .Select(d => new CardField(Usage(d), d.Description))
            .ToList();
        var card = new Card("DigestBot commands")
        {
            Fields = fields,
            Footer = "At the local prompt a leading / is optional: /papers --limit 5",
        };
        return ValueTask.FromResult(new Reply { Cards = [card], Ephemeral = true });
    }

    /// <summary>The CLI form: <c>paper ID [--json]</c>.</summary>
    public static string Usage(CommandDefinition d)
    {
        var parts = new List<string> { d.Name };
        foreach (var o in d.Options)
        {
            var value = o.Type == OptionType.Integer ? "N" : o.Name.ToUpperInvariant();
            var placeholder = o.Type == OptionType.Boolean ? $"--{o.Name}" : o.Positional ? value : $"--{o.Name} {value}";
            parts.Add(o.Required ? placeholder : $"[{placeholder}]");
        }

        if (d.SupportsJson)
        {
            parts.Add("[--json]");
        }

        return string.Join(' ', parts);
    }
}
