using System.Net;
using DigestBot.Dashboard;
using DigestBot.Watches;

namespace DigestBot.Tests.Dashboard;

/// <summary>Who gets in and what a form needs, over real HTTP on loopback.</summary>
public sealed class DashboardAccessTests
{
    [Fact]
    public async Task The_key_link_sets_an_HttpOnly_SameSite_session_cookie_and_redirects_to_the_page_without_the_key()
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        var key = dashboard.Get<DashboardKey>().GetOrCreate();

        using var response = await dashboard.Client.GetAsync($"/channels?key={key}");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/channels", response.Headers.Location!.ToString());
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(DashboardSessions.CookieName, StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(key, cookie, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await dashboard.Client.GetAsync("/channels")).StatusCode);
    }

    [Fact]
    public async Task A_key_link_that_carries_a_search_signs_in_and_keeps_the_search()
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        var key = dashboard.Get<DashboardKey>().GetOrCreate();

        using var response = await dashboard.Client.GetAsync($"/search?q=agents&key={key}&sort=date");
        var page = await dashboard.Client.GetStringAsync(response.Headers.Location!.ToString());

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/search?q=agents&sort=date", response.Headers.Location!.ToString());
        Assert.Contains("<input type=\"search\" id=\"q\" name=\"q\" value=\"agents\"", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"date\" selected>date, newest first</option>", page, StringComparison.Ordinal);
        Assert.DoesNotContain(key, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_session_or_with_a_wrong_key_no_page_is_served()
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        var key = dashboard.Get<DashboardKey>().GetOrCreate();

        using var anonymous = await dashboard.Client.GetAsync("/channels/0");
        using var wrong = await dashboard.Client.GetAsync($"/?key={key[..^2]}xx");
        using var after = await dashboard.Client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Contains("digestbot dashboard", await anonymous.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.False(wrong.Headers.Contains("Set-Cookie"));
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_adds_no_watch_even_with_a_session()
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        await dashboard.SignInAsync();

        using var forged = await dashboard.Client.PostAsync("/channels/0/watches", new FormUrlEncodedContent(new Dictionary<string, string> { ["query"] = "forged" }));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Empty(dashboard.Get<WatchStore>().ForChannel(0));
    }

    [Fact]
    public async Task A_post_with_a_valid_token_but_without_the_session_adds_no_watch()
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        await dashboard.SignInAsync();
        var token = await dashboard.FormTokenAsync("/channels/0");
        foreach (var cookie in dashboard.Cookies.GetAllCookies().Where(c => c.Name == DashboardSessions.CookieName))
        {
            cookie.Expired = true;
        }

        using var forged = await dashboard.Client.PostAsync("/channels/0/watches", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["query"] = "forged",
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Empty(dashboard.Get<WatchStore>().ForChannel(0));
    }

    [Fact]
    public async Task A_new_key_signs_out_the_browsers_signed_in_with_the_old_one()
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        await dashboard.SignInAsync();
        var old = dashboard.Get<DashboardKey>().GetOrCreate();

        var fresh = dashboard.Get<DashboardKey>().Rotate();

        Assert.NotEqual(old, fresh);
        Assert.Equal(HttpStatusCode.Unauthorized, (await dashboard.Client.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await dashboard.Client.GetAsync($"/?key={old}")).StatusCode);
        await dashboard.SignInAsync();
        Assert.Equal(HttpStatusCode.OK, (await dashboard.Client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task A_taken_port_leaves_the_bot_running_without_a_dashboard()
    {
        await using var first = await DashboardHarness.StartAsync();

        await using var second = await DashboardHarness.StartAsync($"http://127.0.0.1:{first.Address.Port}");

        Assert.Empty(second.Get<DashboardServer>().Addresses);
        Assert.Equal(HttpStatusCode.Unauthorized, (await first.Client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task The_key_file_is_readable_by_its_owner_only()
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        var path = dashboard.Get<DigestBot.Storage.DataDirectory>().Combine(DashboardKey.FileName);

        dashboard.Get<DashboardKey>().Rotate();

        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }

        Assert.Equal(dashboard.Get<DashboardKey>().GetOrCreate(), File.ReadAllText(path).Trim());
    }
}
