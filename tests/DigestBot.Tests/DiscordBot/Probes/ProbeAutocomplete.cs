using DigestBot.Commands;

namespace DigestBot.Tests.DiscordBot.Probes;

/// <summary>Suggests what was typed, twice over, for airhorn's variant.</summary>
public sealed class ProbeAutocomplete : IAutocompleteProvider
{
    public ValueTask<IReadOnlyList<AutocompleteChoice>> SuggestAsync(
        CommandDefinition command, string focusedOption, IReadOnlyDictionary<string, object> values, CommandOrigin origin, CancellationToken cancellationToken)
    {
        IReadOnlyList<AutocompleteChoice> choices = command.Name == "airhorn" && values.TryGetValue(focusedOption, out var typed)
            ? [AutocompleteChoice.Of($"{typed} (loud)", $"{typed}-loud"), AutocompleteChoice.Of($"{typed} (soft)", $"{typed}-soft")]
            : [];
        return ValueTask.FromResult(choices);
    }
}
