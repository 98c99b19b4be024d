using DigestBot.Commands;
using DigestBot.Digests;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Digests;

/// <summary>
/// <c>when:</c> of <c>/schedule set</c> in Discord suggests schedules with their next digest in the channel's zone, and
/// what was typed first, read as the command will read it, so a member sees what "every monday at 9" means before sending.
/// </summary>
public sealed class ScheduleAutocompleteTests : IDisposable
{
    private static readonly CommandOrigin InChannel = new(1, 42, 7, CommandOrigin.DiscordTransport);
    private readonly DigestsHarness _app = new(new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero));

    public ScheduleAutocompleteTests() =>
        _app.Get<ChannelStore>().Update(42, c => c with { TimeZone = "Europe/Berlin" });

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task What_was_typed_comes_first_read_as_the_command_reads_it_with_its_next_time_in_the_channels_zone()
    {
        var typed = await SuggestAsync("every monday at 9");
        var started = await SuggestAsync("every mon");

        Assert.Equal([("every monday at 9 \u2192 weekly MON 09:00 \u00B7 next Mon 2026-12-14 09:00 (Europe/Berlin)", "every monday at 9")], typed);
        Assert.Equal([("every Monday and Thursday at 9 \u2192 weekly MON,THU 09:00 \u00B7 next Thu 2026-12-10 09:00 (Europe/Berlin)", "every Monday and Thursday at 9")], started);
    }

    [Fact]
    public async Task A_zone_given_or_written_at_the_end_is_the_one_its_next_time_is_in()
    {
        var given = await SuggestAsync("daily 17:00", ("tz", "Asia/Tokyo"));
        var written = await SuggestAsync("daily 17:00 America/New_York", ("tz", "Asia/Tokyo"));

        Assert.Equal("daily 17:00 \u00B7 next Tue 2026-12-08 17:00 (Asia/Tokyo)", given[0].Name);
        Assert.Equal("daily 17:00 America/New_York \u2192 daily 17:00 \u00B7 next Mon 2026-12-07 17:00 (America/New_York)", written[0].Name);
    }

    [Fact]
    public async Task With_nothing_or_no_schedule_typed_it_offers_the_common_forms_and_other_commands_get_nothing()
    {
        var empty = await SuggestAsync(string.Empty);
        var typo = await SuggestAsync("twice a day");
        var other = await _app.Get<IEnumerable<IAutocompleteProvider>>().OfType<ScheduleAutocomplete>().Single()
            .SuggestAsync(ScheduleSetCommand.Definition, "tz", new Dictionary<string, object> { ["when"] = "daily 9" }, InChannel, CancellationToken.None);

        Assert.Equal(["weekdays 09:00", "daily 08:00", "weekly MON 09:00", "every Monday and Thursday at 9", "instant", "0 9 * * 1-5"], empty.Select(c => c.Value));
        Assert.Equal("instant \u00B7 each match within a minute", empty[4].Name);
        Assert.Equal("0 9 * * 1-5 \u00B7 next Tue 2026-12-08 09:00 (Europe/Berlin)", empty[5].Name);
        Assert.Equal(empty.Select(c => c.Value), typo.Select(c => c.Value));
        Assert.Empty(other);
    }

    private async Task<List<(string Name, string Value)>> SuggestAsync(string typed, params (string Name, object Value)[] others)
    {
        var values = others.ToDictionary(o => o.Name, o => o.Value);
        values["when"] = typed;
        var provider = _app.Get<IEnumerable<IAutocompleteProvider>>().OfType<ScheduleAutocomplete>().Single();
        var choices = await provider.SuggestAsync(ScheduleSetCommand.Definition, "when", values, InChannel, CancellationToken.None);
        return [.. choices.Select(c => (c.Name, (string)c.Value))];
    }
}
