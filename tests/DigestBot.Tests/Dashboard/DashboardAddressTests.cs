using System.Net;
using DigestBot.Watches;

namespace DigestBot.Tests.Dashboard;

/// <summary>
/// Addresses that name nothing (a watch number that is no number, a page that does not exist, a form's address opened as a
/// page) answer a page that says so and links back, with the right status: never an empty body.
/// </summary>
public sealed class DashboardAddressTests
{
    [Theory]
    [InlineData("abc", "pause")]
    [InlineData("abc", "resume")]
    [InlineData("abc", "remove")]
    [InlineData("99999999999", "pause")]
    [InlineData("1.5", "remove")]
    public async Task A_watch_action_whose_watch_is_not_a_number_answers_a_page_that_says_so(string watch, string action)
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        dashboard.Get<WatchStore>().Add(0, 0, "agents", null, 0);
        await dashboard.SignInAsync();
        var token = await dashboard.FormTokenAsync("/channels/0");

        using var response = await dashboard.Client.PostAsync(
            $"/channels/0/watches/{watch}/{action}", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("<h1>Watch not found</h1>", page, StringComparison.Ordinal);
        Assert.Contains($"'{watch}' is not a watch number", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/channels/0#watches\">", page, StringComparison.Ordinal);
        Assert.Single(dashboard.Get<WatchStore>().ForChannel(0), w => !w.Muted);
    }

    [Fact]
    public async Task A_watch_action_on_a_channel_id_that_is_not_a_number_answers_the_channel_not_found_page()
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        await dashboard.SignInAsync();
        var token = await dashboard.FormTokenAsync("/channels/0");

        using var response = await dashboard.Client.PostAsync(
            "/channels/abc/watches/xyz/pause", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1>Channel not found</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/channels\">Your channels</a>", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/channels/0/watches/1/pause")]
    [InlineData("/channels/0/watches/abc/remove")]
    [InlineData("/channels/0/watches")]
    public async Task A_forms_address_opened_as_a_page_says_it_takes_a_form_and_links_to_the_channel(string path)
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        dashboard.Get<WatchStore>().Add(0, 0, "agents", null, 0);
        await dashboard.SignInAsync();

        using var response = await dashboard.Client.GetAsync(path);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", string.Join(",", response.Content.Headers.Allow));
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("<p class=\"error\" role=\"alert\">", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/channels/0#watches\">", page, StringComparison.Ordinal);
        Assert.Single(dashboard.Get<WatchStore>().ForChannel(0), w => !w.Muted);
    }

    [Theory]
    [InlineData("/nothing-here")]
    [InlineData("/channels/0/nothing")]
    [InlineData("/channels/0/watches/1/frobnicate")]
    public async Task An_address_that_names_no_page_answers_a_not_found_page_with_a_way_back(string path)
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        await dashboard.SignInAsync();

        using var response = await dashboard.Client.GetAsync(path);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("<h1>Page not found</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/\">", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/papers/", "no paper id")]
    [InlineData("/papers/zzz", "is not a paper id")]
    public async Task A_paper_address_that_names_no_paper_answers_a_not_found_page_linking_to_search(string path, string says)
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        await dashboard.SignInAsync();

        using var response = await dashboard.Client.GetAsync(path);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("<h1>Paper not found</h1>", page, StringComparison.Ordinal);
        Assert.Contains(says, page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/search\">Search the papers</a>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_not_found_page_escapes_the_address_it_names()
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        await dashboard.SignInAsync();

        using var response = await dashboard.Client.PostAsync(
            "/channels/0/watches/%3Cscript%3E/pause",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = await dashboard.FormTokenAsync("/channels/0") }));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("<script>", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", page, StringComparison.Ordinal);
    }
}
