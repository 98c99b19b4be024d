using System.Globalization;
using Discord;
using DigestBot.Commands;

namespace DigestBot.DiscordBot;

/// <summary>
/// Maps an interaction onto our commands: a slash command and its sub-command (<c>/watch add</c> → <c>watch add</c>),
/// a button's <see cref="ComponentAction"/>, or an autocomplete request. Option values come typed as Discord sent
/// them (string, integer, boolean); the dispatcher checks them against the definition. Local-only commands and
/// interactions outside a server are refused: channel 0 of guild 0 is the local console.
/// </summary>
public sealed class InteractionRouter(CommandDispatcher dispatcher)
{
    private readonly Dictionary<string, CommandDefinition> _commands =
        dispatcher.DiscordDefinitions.ToDictionary(d => d.Name, StringComparer.OrdinalIgnoreCase);

    public RoutedInteraction Route(IDiscordInteraction interaction)
    {
        if (interaction.Type == InteractionType.Ping)
        {
            return new RoutedInteraction(RouteKind.Ping);
        }

        if (interaction.GuildId is null)
        {
            return RoutedInteraction.Refuse("DigestBot's commands work in server channels only.");
        }

        // The typed interfaces, not IDiscordInteraction.Data: on an HTTP interaction that is Discord.Net's raw model.
        return interaction switch
        {
            ISlashCommandInteraction { Data: { } command } =>
                Command(command.Name, [.. command.Options.Select(o => new Option(o.Name, o.Type, o.Value, false, o.Options))], autocomplete: false),
            IAutocompleteInteraction { Data: { } typing } => Typing(typing),
            IComponentInteraction { Data: { } component } => Component(component.CustomId),
            _ => RoutedInteraction.Refuse("Sorry, DigestBot does not handle this kind of interaction."),
        };
    }

    /// <summary>Discord.Net flattens autocomplete options: any sub-command group and sub-command come first, then the values.</summary>
    private RoutedInteraction Typing(IAutocompleteInteractionData typing)
    {
        var subs = typing.Options.TakeWhile(o => o.Type is ApplicationCommandOptionType.SubCommand or ApplicationCommandOptionType.SubCommandGroup);
        var name = string.Join(' ', [typing.CommandName, .. subs.Select(s => s.Name)]);
        var values = typing.Options.SkipWhile(o => o.Type is ApplicationCommandOptionType.SubCommand or ApplicationCommandOptionType.SubCommandGroup);
        return Command(name, [.. values.Select(o => new Option(o.Name, o.Type, o.Value, o.Focused, null))], autocomplete: true);
    }

    private RoutedInteraction Command(string name, List<Option> options, bool autocomplete)
    {
        // A sub-command (or a group holding one) is the first option, holding the real options.
        while (options is [{ Type: ApplicationCommandOptionType.SubCommand or ApplicationCommandOptionType.SubCommandGroup } sub])
        {
            name = $"{name} {sub.Name}";
            options = [.. (sub.Children ?? []).Select(o => new Option(o.Name, o.Type, o.Value, false, o.Options))];
        }

        if (!_commands.TryGetValue(name, out var command))
        {
            return Unknown(name);
        }

        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var option in options.Where(o => o.Value is not null))
        {
            values[OurName(command, option.Name)] = option.Value switch
            {
                int n => (long)n,
                _ => option.Value!,
            };
        }

        var focused = options.FirstOrDefault(o => o.Focused)?.Name is { } typed ? OurName(command, typed) : null;
        return new RoutedInteraction(autocomplete ? RouteKind.Autocomplete : RouteKind.Command) { Command = command, Options = values, Focused = focused };
    }

    private RoutedInteraction Component(string? customId)
    {
        if (!ComponentAction.TryParse(customId, out var name, out var raw))
        {
            return RoutedInteraction.Refuse("Sorry, this button no longer does anything.");
        }

        if (!_commands.TryGetValue(name, out var command))
        {
            return Unknown(name);
        }

        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (key, text) in raw)
        {
            var type = command.Options.FirstOrDefault(o => o.Name == key)?.Type;
            values[key] = type switch
            {
                OptionType.Integer when long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
                OptionType.Boolean when bool.TryParse(text, out var b) => b,
                _ => text,
            };
        }

        return new RoutedInteraction(RouteKind.Command) { Command = command, Options = values };
    }

    /// <summary>Discord's name of an option (<c>timezone</c>) back to ours (<c>tz</c>).</summary>
    private static string OurName(CommandDefinition command, string discordName) =>
        command.Options.FirstOrDefault(o => o.OnDiscord && string.Equals(o.DiscordName ?? o.Name, discordName, StringComparison.OrdinalIgnoreCase))?.Name ?? discordName;

    private static RoutedInteraction Unknown(string name) =>
        RoutedInteraction.Refuse($"Sorry, DigestBot has no command /{name.Trim()}. Try /help for the list.");

    private sealed record Option(
        string Name, ApplicationCommandOptionType Type, object? Value, bool Focused, IReadOnlyCollection<IApplicationCommandInteractionDataOption>? Children);
}
