using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Discord;
using DigestBot.Commands;

namespace DigestBot.DiscordBot;

/// <summary>
/// The slash commands Discord gets from our transport-agnostic definitions, as Discord.Net builders: local-only
/// commands left out, <c>watch add</c> and its siblings grouped as sub-commands of <c>watch</c>, options typed with their
/// required flags (required first) and ranges, guild-only (<c>contexts: [0]</c>), and Manage Channels by default on
/// management commands (a group only when all its sub-commands manage; the pipeline re-checks).
/// </summary>
public static partial class DiscordCommandBuilder
{
    private const int MaxOptions = 25;
    private const int MaxDescription = 100;

    public static IReadOnlyList<SlashCommandBuilder> Build(IEnumerable<CommandDefinition> definitions)
    {
        var commands = new List<SlashCommandBuilder>();
        foreach (var group in definitions.Where(d => !d.LocalOnly && !d.Hidden).GroupBy(d => d.Name.Split(' ')[0], StringComparer.Ordinal))
        {
            var members = group.ToList();
            if (members is [{ Name: var only } single] && !only.Contains(' ', StringComparison.Ordinal))
            {
                commands.Add(Command(group.Key, single.Description, Options(single.Options), single.RequiresManageChannels));
                continue;
            }

            if (members.Any(m => !m.Name.Contains(' ', StringComparison.Ordinal)) || members.Any(m => m.Name.Split(' ').Length > 2))
            {
                throw new InvalidOperationException(
                    $"'{group.Key}' has sub-commands, so it cannot be a command itself, and sub-commands nest one level only");
            }

            var subs = members.OrderBy(m => m.Name, StringComparer.Ordinal)
                .Select(m => new SlashCommandOptionBuilder
                {
                    Type = ApplicationCommandOptionType.SubCommand,
                    Name = Name(m.Name.Split(' ')[1]),
                    Description = Description(m.Description, m.Name),
                    Options = Options(m.Options),
                })
                .ToList();
            var description = $"{group.Key}: {string.Join(", ", subs.Select(s => s.Name))}";
            commands.Add(Command(group.Key, description, subs, members.All(m => m.RequiresManageChannels)));
        }

        return [.. commands.OrderBy(c => c.Name, StringComparer.Ordinal)];
    }

    /// <summary>What would be registered, where and for which application: equal hashes mean nothing to send.</summary>
    public static string Hash(IReadOnlyList<SlashCommandBuilder> commands, ulong applicationId, ulong? guildId)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{applicationId}/{guildId?.ToString(CultureInfo.InvariantCulture) ?? "global"}\n");
        foreach (var command in commands)
        {
            text.Append(CultureInfo.InvariantCulture, $"{command.Name}|{command.Description}|{(ulong?)command.DefaultMemberPermissions}|")
                .Append(string.Join(',', command.ContextTypes.Order())).Append('|').Append(string.Join(',', command.IntegrationTypes.Order())).Append('\n');
            Append(text, command.Options, 1);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static void Append(StringBuilder text, IEnumerable<SlashCommandOptionBuilder>? options, int depth)
    {
        foreach (var o in options ?? [])
        {
            text.Append(' ', depth).Append(CultureInfo.InvariantCulture, $"{o.Name}|{o.Description}|{o.Type}|{o.IsRequired}|{o.IsAutocomplete}|{o.MinValue}|{o.MaxValue}|")
                .AppendJoin(',', (o.Choices ?? []).Select(c => $"{c.Name}={c.Value}")).Append('\n');
            Append(text, o.Options, depth + 1);
        }
    }

    private static SlashCommandBuilder Command(string name, string description, List<SlashCommandOptionBuilder> options, bool manages)
    {
        var command = new SlashCommandBuilder { Name = Name(name), Description = Description(description, name), Options = options }
            .WithContextTypes(InteractionContextType.Guild)
            .WithIntegrationTypes(ApplicationIntegrationType.GuildInstall);
        return manages ? command.WithDefaultMemberPermissions(GuildPermission.ManageChannels) : command;
    }

    private static List<SlashCommandOptionBuilder> Options(IReadOnlyList<CommandOption> all)
    {
        // Local-only options (--channel) come from the interaction itself in Discord.
        var options = all.Where(o => o.OnDiscord).ToList();
        if (options.Count > MaxOptions)
        {
            throw new InvalidOperationException($"Discord allows {MaxOptions} options per command");
        }

        return [.. options.OrderBy(o => o.Required ? 0 : 1)
            .Select(o => new SlashCommandOptionBuilder
            {
                Type = Type(o.Type),
                Name = Name(o.DiscordName ?? o.Name),
                Description = Description(o.Description, o.Name),
                IsRequired = o.Required ? true : null,
                IsAutocomplete = o.Autocomplete && o.Type != OptionType.Boolean,
                Choices = o.Choices is { } choices ? [.. choices.Select(c => new ApplicationCommandOptionChoiceProperties { Name = c, Value = c })] : null,
                MinValue = o.Type == OptionType.Integer ? o.Min : null,
                MaxValue = o.Type == OptionType.Integer ? o.Max : null,
            })];
    }

    private static ApplicationCommandOptionType Type(OptionType type) => type switch
    {
        OptionType.Integer => ApplicationCommandOptionType.Integer,
        OptionType.Boolean => ApplicationCommandOptionType.Boolean,
        _ => ApplicationCommandOptionType.String,
    };

    private static string Name(string name)
    {
        var lower = name.ToLowerInvariant();
        return NamePattern().IsMatch(lower) ? lower : throw new InvalidOperationException($"'{name}' is not a valid Discord command or option name");
    }

    private static string Description(string description, string name) =>
        DiscordMarkdown.Truncate(string.IsNullOrWhiteSpace(description) ? name : description.Trim(), MaxDescription);

    [GeneratedRegex(@"^[-_'\p{L}\p{N}\p{IsDevanagari}\p{IsThai}]{1,32}$")]
    private static partial Regex NamePattern();
}
