using System.Globalization;
using System.Text.Json;
using DigestBot.Commands;
using DigestBot.Discord.Models;

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

    public RoutedInteraction Route(Interaction interaction)
    {
        if (interaction.Type == InteractionType.Ping)
        {
            return new RoutedInteraction(RouteKind.Ping);
        }

        if (interaction.GuildId is null)
        {
            return RoutedInteraction.Refuse("DigestBot's commands work in server channels only.");
        }

        return interaction.Type switch
        {
            InteractionType.ApplicationCommand => Command(interaction.Data, autocomplete: false),
            InteractionType.ApplicationCommandAutocomplete => Command(interaction.Data, autocomplete: true),
            InteractionType.MessageComponent => Component(interaction.Data),
            _ => RoutedInteraction.Refuse("Sorry, DigestBot does not handle this kind of interaction."),
        };
    }

    private RoutedInteraction Command(InteractionData? data, bool autocomplete)
    {
        var name = data?.Name ?? string.Empty;
        var options = data?.Options ?? [];

        // A sub-command (or a group holding one) is the first option, holding the real options.
        while (options is [{ Type: ApplicationCommandOptionType.SubCommand or ApplicationCommandOptionType.SubCommandGroup } sub])
        {
            name = $"{name} {sub.Name}";
            options = sub.Options ?? [];
        }

        if (!_commands.TryGetValue(name, out var command))
        {
            return Unknown(name);
        }

        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            if (Value(option.Value) is { } value)
            {
                values[OurName(command, option.Name)] = value;
            }
        }

        var focused = options.FirstOrDefault(o => o.Focused == true)?.Name is { } typed ? OurName(command, typed) : null;
        return new RoutedInteraction(autocomplete ? RouteKind.Autocomplete : RouteKind.Command) { Command = command, Options = values, Focused = focused };
    }

    private RoutedInteraction Component(InteractionData? data)
    {
        if (!ComponentAction.TryParse(data?.CustomId, out var name, out var raw))
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

    private static object? Value(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.String } s => s.GetString(),
        { ValueKind: JsonValueKind.Number } n when n.TryGetInt64(out var whole) => whole,
        { ValueKind: JsonValueKind.Number } n => n.GetDouble(),
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        _ => null,
    };

    private static RoutedInteraction Unknown(string name) =>
        RoutedInteraction.Refuse($"Sorry, DigestBot has no command /{name.Trim()}. Try /help for the list.");
}
