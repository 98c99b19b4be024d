using System.Net;
using DigestBot.Dashboard.Login;
using DigestBot.Watches;
using static DigestBot.Tests.Dashboard.DiscordLoginHarness;

namespace DigestBot.Tests.Dashboard;

/// <summary>
/// What a member logged in with Discord may change: the slash commands' rule (Manage Channels or Administrator in the
/// server), checked on the server for every post, whatever the page showed, and checked with Discord again in time.
/// </summary>
public sealed class DashboardMemberPermissionTests
{
    [Fact]
    public async Task A_member_without_Manage_Channels_forging_posts_with_a_valid_form_token_changes_nothing()
    {
        await using var dashboard = await StartAsync();
        var watches = dashboard.Get<WatchStore>();
        var existing = watches.Add(Shared, SharedChannel, "transformers", null, 1);
        await dashboard.LogInAsync(Member(Reader));

        var page = await dashboard.Client.GetStringAsync($"/channels/{SharedChannel}");
        var token = await dashboard.FormTokenAsync($"/channels/{SharedChannel}");
        using var add = await dashboard.PostAsync($"/channels/{SharedChannel}/watches", token, ("query", "forged"));
        using var remove = await dashboard.PostAsync($"/channels/{SharedChannel}/watches/{existing.Id}/remove", token);
        using var pause = await dashboard.PostAsync($"/channels/{SharedChannel}/watches/{existing.Id}/pause", token);

        Assert.Contains("id=\"read-only\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"watch-editor\"", page, StringComparison.Ordinal);
        Assert.NotEmpty(token);
        Assert.Equal(HttpStatusCode.Forbidden, add.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, remove.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, pause.StatusCode);
        Assert.Contains("You need the Manage Channels permission in this server to use watch add. Nothing changed.", await add.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var left = Assert.Single(watches.ForChannel(SharedChannel));
        Assert.Equal(existing.Id, left.Id);
        Assert.False(left.Muted);
    }

    [Theory]
    [InlineData(ManageChannels, false)]
    [InlineData(1UL << 3, false)]
    [InlineData(Reader, true)]
    public async Task A_member_who_may_manage_channels_adds_pauses_resumes_and_removes_a_watch_as_themselves(ulong permissions, bool owner)
    {
        await using var dashboard = await StartAsync();
        var watches = dashboard.Get<WatchStore>();
        var member = Member(permissions, owner);
        await dashboard.LogInAsync(member);
        var token = await dashboard.FormTokenAsync($"/channels/{SharedChannel}");

        using var add = await dashboard.PostAsync($"/channels/{SharedChannel}/watches", token, ("query", "layer normalization"), ("name", "LayerNorm"));
        var watch = Assert.Single(watches.ForChannel(SharedChannel));
        using var pause = await dashboard.PostAsync($"/channels/{SharedChannel}/watches/{watch.Id}/pause", token);
        var paused = Assert.Single(watches.ForChannel(SharedChannel)).Muted;
        using var resume = await dashboard.PostAsync($"/channels/{SharedChannel}/watches/{watch.Id}/resume", token);
        var resumed = !Assert.Single(watches.ForChannel(SharedChannel)).Muted;
        using var remove = await dashboard.PostAsync($"/channels/{SharedChannel}/watches/{watch.Id}/remove", token);

        Assert.Equal(HttpStatusCode.SeeOther, add.StatusCode);
        Assert.Equal((Shared, member.Id, "LayerNorm"), (watch.GuildId, watch.CreatedBy, watch.Name));
        Assert.Equal(HttpStatusCode.SeeOther, pause.StatusCode);
        Assert.True(paused);
        Assert.Equal(HttpStatusCode.SeeOther, resume.StatusCode);
        Assert.True(resumed);
        Assert.Equal(HttpStatusCode.SeeOther, remove.StatusCode);
        Assert.Empty(watches.ForChannel(SharedChannel));
    }

    [Fact]
    public async Task A_member_cannot_see_or_change_a_channel_of_a_server_they_do_not_share_with_the_bot()
    {
        await using var dashboard = await StartAsync();
        var watches = dashboard.Get<WatchStore>();
        var theirs = watches.Add(BotOnly, BotOnlyChannel, "agents", null, 1);
        await dashboard.LogInAsync(Member(1UL << 3));
        var token = await dashboard.FormTokenAsync("/channels");

        using var page = await dashboard.Client.GetAsync($"/channels/{BotOnlyChannel}");
        using var add = await dashboard.PostAsync($"/channels/{BotOnlyChannel}/watches", token, ("query", "forged"));
        using var remove = await dashboard.PostAsync($"/channels/{BotOnlyChannel}/watches/{theirs.Id}/remove", token);
        using var console = await dashboard.PostAsync("/channels/0/watches", token, ("query", "forged"));

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, add.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, remove.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, console.StatusCode);
        Assert.Equal("agents", Assert.Single(watches.ForChannel(BotOnlyChannel)).Query);
        Assert.Empty(watches.ForChannel(0));
    }

    [Fact]
    public async Task Lost_Manage_Channels_is_refused_once_Discord_is_asked_again_and_a_revoked_login_is_signed_out()
    {
        await using var dashboard = await StartAsync();
        var watches = dashboard.Get<WatchStore>();
        var member = Member(ManageChannels);
        await dashboard.LogInAsync(member);
        var token = await dashboard.FormTokenAsync($"/channels/{SharedChannel}");

        member.In(new DigestBot.FakeDiscord.FakeOAuthGuild(Shared, "Shared server", Reader));
        dashboard.App.Clock.Advance(MemberSession.RecheckAfter);
        using var add = await dashboard.PostAsync($"/channels/{SharedChannel}/watches", token, ("query", "after the role was taken"));
        var overview = await dashboard.Client.GetStringAsync("/");
        dashboard.OAuth.Revoke(member);
        dashboard.App.Clock.Advance(MemberSession.RecheckAfter);
        using var revoked = await dashboard.Client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Forbidden, add.StatusCode);
        Assert.Empty(watches.ForChannel(SharedChannel));
        Assert.Contains("read only", overview, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await dashboard.Client.GetAsync("/")).StatusCode);
    }
}
