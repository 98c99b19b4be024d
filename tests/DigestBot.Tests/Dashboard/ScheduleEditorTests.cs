using System.Net;
using System.Text.RegularExpressions;
using DigestBot.Digests;
using static DigestBot.Tests.Dashboard.DiscordLoginHarness;

namespace DigestBot.Tests.Dashboard;

/// <summary>
/// The channel page's schedule form: it runs <c>schedule set</c>, <c>schedule pause</c> and <c>schedule resume</c>, so a
/// channel's digest time is changed where its watches are, with the terminal's and Discord's checks and refusals.
/// </summary>
public sealed class ScheduleEditorTests
{
    [Fact]
    public async Task The_form_starts_on_the_channels_schedule_and_saving_runs_schedule_set()
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        await dashboard.SignInAsync();

        var before = await dashboard.Client.GetStringAsync("/channels/7");
        var token = await dashboard.FormTokenAsync("/channels/7");
        using var saved = await dashboard.PostAsync("/channels/7/schedule", token, ("when", "every weekday at 9"), ("tz", "Europe/Berlin"));
        var after = await dashboard.Client.GetStringAsync(saved.Headers.Location!.OriginalString);

        Assert.Contains("<form method=\"post\" action=\"/channels/7/schedule\" class=\"panel\" id=\"schedule-editor\">", before, StringComparison.Ordinal);
        Assert.Contains("<input type=\"text\" id=\"when\" name=\"when\" value=\"daily 08:00\"", before, StringComparison.Ordinal);
        Assert.Contains("<input type=\"text\" id=\"tz\" name=\"tz\" value=\"UTC\"", before, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);
        Assert.Equal("/channels/7?schedule=saved#schedule", saved.Headers.Location.OriginalString);
        var channel = dashboard.Get<ChannelStore>().Get(7);
        Assert.Equal(("weekdays 09:00", "Europe/Berlin"), (channel.Schedule, channel.TimeZone));
        Assert.Contains("<p class=\"ok\" role=\"status\">Schedule saved.</p>", after, StringComparison.Ordinal);
        Assert.Contains("<p><code>weekdays 09:00</code> in Europe/Berlin</p>", after, StringComparison.Ordinal);
        Assert.Contains("<input type=\"text\" id=\"when\" name=\"when\" value=\"weekdays 09:00\"", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_zone_written_into_the_schedule_wins_over_the_field_left_on_the_channels_zone()
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        await dashboard.SignInAsync();
        var token = await dashboard.FormTokenAsync("/channels/7");

        using var saved = await dashboard.PostAsync("/channels/7/schedule", token, ("when", "daily 17:00 Asia/Tokyo"), ("tz", "UTC"));

        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);
        var channel = dashboard.Get<ChannelStore>().Get(7);
        Assert.Equal(("daily 17:00", "Asia/Tokyo"), (channel.Schedule, channel.TimeZone));
    }

    [Theory]
    [InlineData("twice a day", "UTC", "'twice a day' is not a schedule: use instant")]
    [InlineData("daily 09:00", "Berlin", "'Berlin' is not a known time zone \u2014 did you mean Europe/Berlin?")]
    public async Task A_refused_save_says_why_in_the_schedule_section_keeps_what_was_typed_and_changes_nothing(string when, string zone, string refusal)
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        await dashboard.SignInAsync();
        var token = await dashboard.FormTokenAsync("/channels/7");

        using var refused = await dashboard.PostAsync("/channels/7/schedule", token, ("when", when), ("tz", zone));
        var page = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.StartsWith(refusal, WebUtility.HtmlDecode(Regex.Match(page, "<p id=\"schedule-error\" class=\"error\" role=\"alert\">(.*?)</p>").Groups[1].Value), StringComparison.Ordinal);
        Assert.Contains($"<input type=\"text\" id=\"when\" name=\"when\" value=\"{when}\"", page, StringComparison.Ordinal);
        Assert.Contains($"<input type=\"text\" id=\"tz\" name=\"tz\" value=\"{zone}\"", page, StringComparison.Ordinal);
        var channel = dashboard.Get<ChannelStore>().Get(7);
        Assert.Equal(("daily 08:00", "UTC"), (channel.Schedule, channel.TimeZone));
    }

    [Fact]
    public async Task Pause_and_resume_run_the_commands_and_the_button_says_which_comes_next()
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        await dashboard.SignInAsync();
        var token = await dashboard.FormTokenAsync("/channels/7");

        using var paused = await dashboard.PostAsync("/channels/7/schedule/pause", token);
        var whilePaused = dashboard.Get<ChannelStore>().Get(7).Paused;
        var pausedPage = await dashboard.Client.GetStringAsync(paused.Headers.Location!.OriginalString);
        using var resumed = await dashboard.PostAsync("/channels/7/schedule/resume", token);
        var resumedPage = await dashboard.Client.GetStringAsync(resumed.Headers.Location!.OriginalString);
        using var visit = await dashboard.Client.GetAsync("/channels/7/schedule/pause");

        Assert.Equal((HttpStatusCode.SeeOther, HttpStatusCode.SeeOther), (paused.StatusCode, resumed.StatusCode));
        Assert.True(whilePaused);
        Assert.False(dashboard.Get<ChannelStore>().Get(7).Paused);
        Assert.Contains("action=\"/channels/7/schedule/resume\">", pausedPage, StringComparison.Ordinal);
        Assert.Contains(">Resume digests</button>", pausedPage, StringComparison.Ordinal);
        Assert.Contains("Digests paused: matches keep queueing", pausedPage, StringComparison.Ordinal);
        Assert.Contains(">Pause digests</button>", resumedPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, visit.StatusCode);
    }

    [Fact]
    public async Task A_member_without_Manage_Channels_sees_no_form_and_a_forged_post_changes_nothing()
    {
        await using var dashboard = await StartAsync();
        await dashboard.LogInAsync(Member(Reader));

        var page = await dashboard.Client.GetStringAsync($"/channels/{SharedChannel}");
        var token = await dashboard.FormTokenAsync($"/channels/{SharedChannel}");
        using var set = await dashboard.PostAsync($"/channels/{SharedChannel}/schedule", token, ("when", "instant"));
        using var pause = await dashboard.PostAsync($"/channels/{SharedChannel}/schedule/pause", token);

        Assert.DoesNotContain("id=\"schedule-editor\"", page, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (set.StatusCode, pause.StatusCode));
        Assert.Contains("You need the Manage Channels permission in this server to use schedule set. Nothing changed.", await set.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var channel = dashboard.Get<ChannelStore>().Get(SharedChannel);
        Assert.Equal(("daily 08:00", false), (channel.Schedule, channel.Paused));
    }
}
