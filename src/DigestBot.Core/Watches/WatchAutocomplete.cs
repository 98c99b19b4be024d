using System.Globalization;
using DigestBot.Commands;

namespace DigestBot.Watches;

/// <summary><c>/watch remove watch:</c> (and pause, resume) suggests this channel's watches ("#3 layer norm — query"), filtered by what was typed.</summary>
public sealed class WatchAutocomplete(WatchStore watches) : IAutocompleteProvider
{
    public ValueTask<IReadOnlyList<AutocompleteChoice>> SuggestAsync(
        CommandDefinition command, string focusedOption, IReadOnlyDictionary<string, object> values, CommandOrigin origin, CancellationToken cancellationToken)
    {
        if (command.Name is not ("watch remove" or "watch pause" or "watch resume") || focusedOption != "watch")
        {
            return ValueTask.FromResult<IReadOnlyList<AutocompleteChoice>>([]);
        }

        var typed = values.TryGetValue(focusedOption, out var value) ? Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() ?? string.Empty : string.Empty;
        IReadOnlyList<AutocompleteChoice> choices =
        [
            .. watches.ForChannel(origin.ChannelId)
                .Select(w => (Watch: w, Label: Label(w)))
                .Where(w => typed.Length == 0 || w.Label.Contains(typed, StringComparison.OrdinalIgnoreCase))
                .Take(AutocompleteChoice.MaxPerList)
                .Select(w => AutocompleteChoice.Of(w.Label, w.Watch.Id)),
        ];
        return ValueTask.FromResult(choices);
    }

    private static string Label(Watch watch)
    {
        var label = string.Create(CultureInfo.InvariantCulture, $"#{watch.Id} {watch.Name}");
        if (!string.Equals(watch.Name, watch.Query, StringComparison.Ordinal))
        {
            label += $" — {watch.Query}";
        }

        return label.Length <= 100 ? label : string.Concat(label.AsSpan(0, 99), "…");
    }
}
