using DigestBot.Commands;

namespace DigestBot.Commands;

/// <summary>Suggestions for an option while it is typed. With none registered for an option, Discord shows no suggestions.</summary>
public interface IAutocompleteProvider
{
    /// <summary>Up to 25 choices, or an empty list when this provider has nothing for <paramref name="focusedOption"/>.</summary>
    ValueTask<IReadOnlyList<AutocompleteChoice>> SuggestAsync(
        CommandDefinition command, string focusedOption, IReadOnlyDictionary<string, object> values, CommandOrigin origin, CancellationToken cancellationToken);
}
