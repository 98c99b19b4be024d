using DigestBot.Commands;
using DigestBot.Search;
using DigestBot.Summaries;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Tests.Search;

/// <summary>
/// <c>since:</c> in Discord suggests windows with the day each starts on, and what was typed first when it reads as
/// one, so a member sees what "last week" means before sending it.
/// </summary>
public sealed class SinceAutocompleteTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 30, 0, TimeSpan.Zero);
    private readonly SinceAutocomplete _since = new(new FakeTimeProvider(Now));

    [Fact]
    public async Task With_nothing_typed_it_offers_the_common_windows_with_their_first_day()
    {
        var choices = await SuggestAsync(SearchCommand.Definition, string.Empty);

        Assert.Equal(
            [
                ("last 7 days (since 2026-11-30)", "7d"),
                ("last 2 weeks (since 2026-11-23)", "2w"),
                ("last month (since 2026-11-07)", "1m"),
                ("last 3 months (since 2026-09-07)", "3m"),
                ("last 6 months (since 2026-06-07)", "6m"),
                ("last year (since 2025-12-07)", "1y"),
            ],
            choices);
    }

    [Theory]
    [InlineData("last week", "last week (since 2026-11-30)")]
    [InlineData("2026-06", "2026-06 (since 2026-06-01)")]
    [InlineData("2026-06-15", "since 2026-06-15")]
    [InlineData("10 days", "10 days (since 2026-11-27)")]
    [InlineData("yesterday", "yesterday (since 2026-12-05)")]
    [InlineData("June 2026", "June 2026 (since 2026-06-01)")]
    public async Task What_was_typed_comes_first_with_its_day_when_it_reads_as_a_window(string typed, string name)
    {
        var choices = await SuggestAsync(SummaryTopicCommand.Definition, typed);

        Assert.Equal((name, typed), choices[0]);
    }

    [Fact]
    public async Task A_start_of_a_window_narrows_the_list_and_text_that_reads_as_none_keeps_every_window()
    {
        var one = await SuggestAsync(SearchCommand.Definition, "1");
        var month = await SuggestAsync(SearchCommand.Definition, "month");
        var typo = await SuggestAsync(SearchCommand.Definition, "fortnight");

        Assert.Equal(["1m", "1y"], one.Select(c => c.Value));
        Assert.Equal(["1m", "3m", "6m"], month.Select(c => c.Value));
        Assert.Equal(6, typo.Count);
        Assert.DoesNotContain(typo, c => c.Value == "fortnight");
    }

    [Fact]
    public async Task Other_options_and_commands_get_nothing_from_it()
    {
        var values = new Dictionary<string, object> { ["since"] = "7d", ["query"] = "agents" };

        Assert.Empty(await _since.SuggestAsync(SearchCommand.Definition, "query", values, CommandOrigin.Cli, CancellationToken.None));
        Assert.Empty(await _since.SuggestAsync(SummaryCommand.Definition, "since", values, CommandOrigin.Cli, CancellationToken.None));
    }

    private async Task<List<(string Name, string Value)>> SuggestAsync(CommandDefinition command, string typed)
    {
        var choices = await _since.SuggestAsync(command, "since", new Dictionary<string, object> { ["since"] = typed }, CommandOrigin.Cli, CancellationToken.None);
        return [.. choices.Select(c => (c.Name, (string)c.Value))];
    }
}
