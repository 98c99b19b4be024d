using System.Globalization;
using DigestBot.Commands;

namespace DigestBot.Search;

/// <summary>
/// <c>since:</c> of <c>/search</c> and <c>/summary topic</c> suggests windows while it is typed, each with the day it
/// starts on by the bot's clock ("last 7 days (since 2026-11-30)"). What was typed comes first, with its day, when it
/// reads as a window (<c>last week</c>, <c>2026-06</c>); the windows that start with it or name it follow. Nothing a
/// member may type is held back: Discord still sends any text, and the command refuses what is not a window.
/// </summary>
public sealed class SinceAutocomplete(TimeProvider time) : IAutocompleteProvider
{
    private const string Option = "since";

    private static readonly (string Value, string Label)[] Windows =
    [
        ("7d", "last 7 days"),
        ("2w", "last 2 weeks"),
        ("1m", "last month"),
        ("3m", "last 3 months"),
        ("6m", "last 6 months"),
        ("1y", "last year"),
    ];

    public ValueTask<IReadOnlyList<AutocompleteChoice>> SuggestAsync(
        CommandDefinition command, string focusedOption, IReadOnlyDictionary<string, object> values, CommandOrigin origin, CancellationToken cancellationToken)
    {
        if (focusedOption != Option || (command.Name != SearchCommand.Definition.Name && command.Name != Summaries.SummaryTopicCommand.Definition.Name))
        {
            return ValueTask.FromResult<IReadOnlyList<AutocompleteChoice>>([]);
        }

        var now = time.GetUtcNow();
        var typed = (values.TryGetValue(Option, out var value) ? value as string : null)?.Trim() ?? string.Empty;
        var choices = new List<AutocompleteChoice>();
        if (typed.Length > 0 && SinceOption.TryParse(typed, now) is { } from && !Windows.Any(w => string.Equals(w.Value, typed, StringComparison.OrdinalIgnoreCase)))
        {
            var day = Day(from);
            choices.Add(AutocompleteChoice.Of(typed == day ? $"since {day}" : $"{typed} (since {day})", typed));
        }

        var matching = Windows
            .Where(w => w.Value.StartsWith(typed, StringComparison.OrdinalIgnoreCase) || w.Label.Contains(typed, StringComparison.OrdinalIgnoreCase))
            .ToList();
        choices.AddRange((matching.Count > 0 || choices.Count > 0 ? matching : [.. Windows])
            .Select(w => AutocompleteChoice.Of($"{w.Label} (since {Day(SinceOption.Parse(w.Value, now))})", w.Value)));
        return ValueTask.FromResult<IReadOnlyList<AutocompleteChoice>>(choices);
    }

    private static string Day(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
