using System.Net;
using DigestBot.Watches;

namespace DigestBot.Tests.Dashboard;

/// <summary>
/// A command's refusal shown on a dashboard page speaks of the page, not of the command line: no "watch:" prefix, no
/// "see watch list" (the list is on the page), no "--since" (the page's field is Published). The terminal's and
/// Discord's wording is theirs and stays as it is.
/// </summary>
public sealed class DashboardWordingTests
{
    [Fact]
    public async Task A_query_the_parser_refuses_is_shown_without_the_commands_prefix()
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        await dashboard.SignInAsync();
        var token = await dashboard.FormTokenAsync("/channels/0");

        var preview = await dashboard.Client.GetStringAsync("/channels/0/preview?query=" + Uri.EscapeDataString("\"layer norm"));
        using var saved = await dashboard.PostAsync("/channels/0/watches", token, ("query", "\"layer norm"));
        var page = await saved.Content.ReadAsStringAsync();

        Assert.Contains("id=\"preview-error\" data-query=\"&quot;layer norm\">Unbalanced quotes: the &quot; at character 1 is never closed</p>", preview, StringComparison.Ordinal);
        Assert.Contains("<p id=\"query-error\" class=\"error\" role=\"alert\">Unbalanced quotes: the &quot; at character 1 is never closed</p>", page, StringComparison.Ordinal);
        Assert.DoesNotContain(">watch: ", preview, StringComparison.Ordinal);
        Assert.DoesNotContain(">watch: ", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_save_without_a_query_asks_for_one_in_the_pages_terms_not_the_commands_options()
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        await dashboard.SignInAsync();
        var token = await dashboard.FormTokenAsync("/channels/0");

        using var saved = await dashboard.PostAsync("/channels/0/watches", token, ("query", " "));
        var page = await saved.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, saved.StatusCode);
        Assert.Contains("Give a query to watch, such as agents OR planning, or about:&quot;what the papers are about&quot;.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("--about", page, StringComparison.Ordinal);
        Assert.DoesNotContain("watch add:", page, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("pause")]
    [InlineData("resume")]
    [InlineData("remove")]
    public async Task A_watch_the_channel_does_not_have_points_to_the_pages_own_watch_list(string action)
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        dashboard.Get<WatchStore>().Add(0, 7, "agents", null, 0);
        await dashboard.SignInAsync();
        var token = await dashboard.FormTokenAsync("/channels/7");

        using var response = await dashboard.PostAsync($"/channels/7/watches/99/{action}", token);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("This channel has no watch 99: its watches are listed above, under Watches.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("see watch list", page, StringComparison.Ordinal);
        Assert.DoesNotContain(">watch: ", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_with_a_date_window_it_cannot_read_names_the_pages_field_not_the_option()
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        await dashboard.SignInAsync();

        var page = await dashboard.Client.GetStringAsync("/search?q=agents&since=lately");

        Assert.Contains(
            "<p class=\"error\" role=\"alert\">Published must be 7d, 2w, 6m or 1y (the last days, weeks, months or years) or a date such as 2024-12-01, not &#x27;lately&#x27;: pick one from the list.</p>",
            page,
            StringComparison.Ordinal);
        Assert.DoesNotContain("--since", page, StringComparison.Ordinal);
    }
}
