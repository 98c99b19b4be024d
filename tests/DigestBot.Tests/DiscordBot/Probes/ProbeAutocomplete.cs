using DigestBot.Commands;
using DigestBot.Discord.Models;
using DigestBot.DiscordBot;

namespace DigestBot.Tests.DiscordBot.Probes;

/// <summary>Suggests what was typed, twice over, for airhorn's variant.</summary>
public sealed class ProbeAutocomplete : IAutocompleteProvider
{
    public ValueTask<IReadOnlyList<ApplicationCommandOptionChoice>> SuggestAsync(
        CommandDefinition command, string option, IReadOnlyDictionary<string, object> values, CommandOrigin origin, CancellationToken cancellationToken)
    {
        IReadOnlyList<ApplicationCommandOptionChoice> choices = command.Name == "airhorn" && values.TryGetValue(option, out var typed)
            ? [ApplicationCommandOptionChoice.Of($"{typed} (loud)", $"{typed}-loud"), ApplicationCommandOptionChoice.Of($"{typed} (soft)", $"{typed}-soft")]
            : [];
        return ValueTask.FromResult(choices);
    }
}
