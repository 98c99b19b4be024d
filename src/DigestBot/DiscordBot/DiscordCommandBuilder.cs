using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using DigestBot.Commands;
using DigestBot.Discord.Json;
using DigestBot.Discord.Models;

namespace DigestBot.DiscordBot;

/// <summary>
/// The slash commands Discord gets from our transport-agnostic definitions: local-only commands left out,
/// <c>watch add</c> and its siblings grouped as sub-commands of <c>watch</c>, options typed with their
/// required flags (required first) and ranges, guild-only (<c>contexts: [0]</c>), and Manage Channels by
/// default on management commands (a group only when all its sub-commands manage; the pipeline re-checks).
/// </summary>
public static partial class DiscordCommandBuilder
{
    private static readonly string ManageChannels = Permission.Format(Permission.ManageChannels);

    public static IReadOnlyList<ApplicationCommand> Build(IEnumerable<CommandDefinition> definitions)
    {
        var commands = new List<ApplicationCommand>();
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
                .Select(m => new ApplicationCommandOption(ApplicationCommandOptionType.SubCommand, Name(m.Name.Split(' ')[1]), Description(m.Description, m.Name))
                {
                    Options = Options(m.Options),
                })
                .ToList();
            var description = $"{group.Key}: {string.Join(", ", subs.Select(s => s.Name))}";
            commands.Add(Command(group.Key, description, subs, members.All(m => m.RequiresManageChannels)));
        }

        return [.. commands.OrderBy(c => c.Name, StringComparer.Ordinal)];
    }

    /// <summary>What was registered, where and for which application: equal hashes mean nothing to send.</summary>
    public static string Hash(IReadOnlyList<ApplicationCommand> commands, ulong applicationId, ulong? guildId)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(commands, DiscordJsonContext.Default.IReadOnlyListApplicationCommand);
        var scope = System.Text.Encoding.UTF8.GetBytes($"{applicationId}/{guildId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "global"}\n");
        return Convert.ToHexStringLower(SHA256.HashData([.. scope, .. json]));
    }

    private static ApplicationCommand Command(string name, string description, IReadOnlyList<ApplicationCommandOption>? options, bool manages) =>
        new(Name(name), Description(description, name))
        {
            Options = options,
            DefaultMemberPermissions = manages ? ManageChannels : null,
            Contexts = [ApplicationCommand.GuildContext],
            IntegrationTypes = [ApplicationCommand.GuildInstall],
        };

    private static List<ApplicationCommandOption>? Options(IReadOnlyList<CommandOption> all)
    {
        // Local-only options (--channel) come from the interaction itself in Discord.
        var options = all.Where(o => o.OnDiscord).ToList();
        if (options.Count > ApplicationCommand.MaxOptions)
        {
            throw new InvalidOperationException($"Discord allows {ApplicationCommand.MaxOptions} options per command");
        }

        var mapped = options.OrderBy(o => o.Required ? 0 : 1)
            .Select(o => new ApplicationCommandOption(Type(o.Type), Name(o.DiscordName ?? o.Name), Description(o.Description, o.Name))
            {
                Required = o.Required ? true : null,
                Autocomplete = o.Autocomplete && o.Type != OptionType.Boolean ? true : null,
                Choices = o.Choices is { } choices ? [.. choices.Select(c => ApplicationCommandOptionChoice.Of(c, c))] : null,
                MinValue = o.Type == OptionType.Integer ? o.Min : null,
                MaxValue = o.Type == OptionType.Integer ? o.Max : null,
            })
            .ToList();
        return mapped.Count == 0 ? null : mapped;
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
        DiscordMarkdown.Truncate(string.IsNullOrWhiteSpace(description) ? name : description.Trim(), ApplicationCommand.MaxDescription);

    [GeneratedRegex(@"^[-_'\p{L}\p{N}\p{IsDevanagari}\p{IsThai}]{1,32}$")]
    private static partial Regex NamePattern();
}
