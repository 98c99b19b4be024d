using System.Globalization;
using DigestBot.Commands;

namespace DigestBot.Watches;

/// <summary>
/// <c>/watch remove watch:</c> (and pause, resume, edit) suggests this channel's watches ("#3 layer norm — query"), filtered by
/// what was typed; <c>/watch test query:</c> suggests them (filling in the number) while nothing but a number is typed.
/// </summary>
public sealed class WatchAutocomplete(WatchStore watches) : IAutocompleteProvider
{
    public ValueTask<IReadOnlyList<AutocompleteChoice>> SuggestAsync(
        CommandDefinition command, string focusedOption, IReadOnlyDictionary<string, object> values, CommandOrigin origin, CancellationToken cancellationToken)
    {
        var typed = values.TryGetValue(focusedOption, out var value) ? Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() ?? string.Empty : string.Empty;
        if (command.Name == "watch test" && focusedOption == "query")
        {
            return ValueTask.FromResult<IReadOnlyList<AutocompleteChoice>>(ToTest(typed, origin.ChannelId));
        }

        if (command.Name is not ("watch remove" or "watch pause" or "watch resume" or "watch edit") || focusedOption != "watch")
        {
            return ValueTask.FromResult<IReadOnlyList<AutocompleteChoice>>([]);
        }

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

    /// <summary>
    /// The watches <c>/watch test</c> may test, their number as the value (<see cref="WatchTestCommand"/> reads a number
    /// alone as this channel's watch). Once a query is being written nothing is suggested, so that Enter never swaps it
    /// for a watch.
    /// </summary>
    private List<AutocompleteChoice> ToTest(string typed, ulong channelId)
    {
        var digits = typed.StartsWith('#') ? typed[1..] : typed;
        if (!digits.All(char.IsAsciiDigit))
        {
            return [];
        }

        return
        [
            .. watches.ForChannel(channelId)
                .Select(w => (Watch: w, Number: w.Id.ToString(CultureInfo.InvariantCulture)))
                .Where(w => w.Number.StartsWith(digits, StringComparison.Ordinal))
                .Take(AutocompleteChoice.MaxPerList)
                .Select(w => AutocompleteChoice.Of(Label(w.Watch), w.Number)),
        ];
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
