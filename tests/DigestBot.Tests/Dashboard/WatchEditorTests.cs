using System.Net;
using System.Text.RegularExpressions;
using DigestBot.Papers;
using DigestBot.Tests.Support;
using DigestBot.Watches;

namespace DigestBot.Tests.Dashboard;

/// <summary>The channel page's watch editor over HTTP: preview, save, refusals, pause and remove.</summary>
public sealed class WatchEditorTests
{
    [Fact]
    public async Task The_preview_lists_the_recent_papers_the_percolation_matcher_matches_with_the_terms_that_hit()
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        Store(dashboard, ("2601.00001", "Sparse attention for long contexts"), ("2601.00002", "Diffusion models for audio"), ("2601.00003", "Agents that plan"));
        await dashboard.SignInAsync();

        var preview = await dashboard.Client.GetStringAsync("/channels/0/preview?query=" + Uri.EscapeDataString("\"sparse attention\" OR ti:agents"));

        Assert.Contains("<strong>2</strong> of the 3 most recently stored papers would have matched", preview, StringComparison.Ordinal);
        Assert.Contains("Sparse attention for long contexts</a> <span class=\"small\">2601.00001 · matched &quot;sparse attention&quot;", preview, StringComparison.Ordinal);
        Assert.Contains("2601.00003 · matched ti:agents", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("Diffusion", preview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_preview_shows_the_parsers_refusal_and_saving_that_query_adds_nothing()
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        await dashboard.SignInAsync();
        var token = await dashboard.FormTokenAsync("/channels/0");

        var preview = await dashboard.Client.GetStringAsync("/channels/0/preview?query=" + Uri.EscapeDataString("\"layer norm"));
        using var saved = await dashboard.PostAsync("/channels/0/watches", token, ("query", "\"layer norm"));

        Assert.Contains("role=\"alert\" id=\"preview-error\" data-query=\"&quot;layer norm\">Unbalanced quotes", preview, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, saved.StatusCode);
        Assert.Contains("<p id=\"query-error\" class=\"error\" role=\"alert\">Unbalanced quotes", await saved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(dashboard.Get<WatchStore>().ForChannel(0));
    }

    [Fact]
    public async Task Saving_a_query_the_parser_refuses_shows_its_refusal_once()
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        await dashboard.SignInAsync();
        var token = await dashboard.FormTokenAsync("/channels/0");

        using var saved = await dashboard.PostAsync("/channels/0/watches", token, ("query", "\"layer norm"));
        var page = await saved.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, saved.StatusCode);
        Assert.Contains("<p id=\"query-error\" class=\"error\" role=\"alert\">Unbalanced quotes", page, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(page, "Unbalanced quotes"));
        Assert.Contains("<input type=\"text\" id=\"query\" name=\"query\" value=\"&quot;layer norm\"", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how do agents plan", "a watch needs every word of it, question words too: <code>agents plan</code> matches 1 paper")]
    [InlineData("how do zebras plan", "a watch needs every word of it, question words too: <code>zebras OR plan</code> matches 1 paper")]
    [InlineData("ti:zyxwvut", "check the spelling or widen it")]
    public async Task A_preview_that_matches_nothing_says_why_as_watch_test_does(string query, string why)
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        Store(dashboard, ("2601.00001", "Sparse attention for long contexts"), ("2601.00003", "Agents that plan"));
        await dashboard.SignInAsync();

        var preview = await dashboard.Client.GetStringAsync("/channels/0/preview?query=" + Uri.EscapeDataString(query));

        Assert.Contains("<strong>0</strong> of the 2 most recently stored papers would have matched.", preview, StringComparison.Ordinal);
        Assert.Contains($"<p id=\"preview-why\" class=\"small\">No stored paper matches this query at any date: {why}.</p>", preview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_preview_before_any_paper_is_stored_says_so()
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        await dashboard.SignInAsync();

        var preview = await dashboard.Client.GetStringAsync("/channels/0/preview?query=agents");

        Assert.Contains(
            "<p id=\"preview-count\" data-query=\"agents\">No papers are stored yet: the sources store new papers as they poll them, "
                + "and <code>digestbot import feed.xml</code> on the bot's machine stores a feed's papers now.</p>",
            preview,
            StringComparison.Ordinal);
        Assert.DoesNotContain("of the 0 most recently stored papers", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("preview-why", preview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_preview_says_as_the_query_is_typed_that_the_channel_already_watches_it_or_has_the_name()
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        await dashboard.SignInAsync();
        var id = dashboard.Get<WatchStore>().Add(0, 9, "agent OR agents", "agents", 0).Id;

        var sameQuery = await dashboard.Client.GetStringAsync("/channels/9/preview?query=" + Uri.EscapeDataString(" agent OR agents "));
        var sameName = await dashboard.Client.GetStringAsync("/channels/9/preview?query=ti%3Aagents&name=Agents");
        var otherChannel = await dashboard.Client.GetStringAsync("/channels/10/preview?query=" + Uri.EscapeDataString("agent OR agents"));

        Assert.Contains($"id=\"preview-error\" data-query=\"agent OR agents\">Watch {id} (&quot;agents&quot;) already has this query in this channel</p>", sameQuery, StringComparison.Ordinal);
        Assert.Contains($"Watch {id} in this channel is already named &quot;agents&quot;; give this one another name", sameName, StringComparison.Ordinal);
        Assert.Contains("id=\"preview-count\"", otherChannel, StringComparison.Ordinal);
        Assert.DoesNotContain("preview-error", otherChannel, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_preview_whose_name_the_channel_already_has_shows_the_name_problem_and_what_the_query_would_match()
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        Store(dashboard, ("2601.00001", "Sparse attention for long contexts"), ("2601.00003", "Agents that plan"));
        await dashboard.SignInAsync();
        var id = dashboard.Get<WatchStore>().Add(0, 9, "agent OR agents", "agents", 0).Id;
        var token = await dashboard.FormTokenAsync("/channels/9");

        var preview = await dashboard.Client.GetStringAsync("/channels/9/preview?query=ti%3Aagents&name=Agents");
        using var saved = await dashboard.PostAsync("/channels/9/watches", token, ("query", "ti:agents"), ("name", "Agents"));
        var page = await saved.Content.ReadAsStringAsync();

        Assert.Contains($"in this channel is already named &quot;agents&quot;; give this one another name</p>", preview, StringComparison.Ordinal);
        Assert.Contains($"watch {id} in this channel is already named", preview, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<strong>1</strong> of the 2 most recently stored papers would have matched.", preview, StringComparison.Ordinal);
        Assert.Contains("Agents that plan</a> <span class=\"small\">2601.00003 · matched ti:agents", preview, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, saved.StatusCode);
        Assert.Single(Regex.Matches(page, "give this one another name"));
        Assert.Contains("<strong>1</strong> of the 2 most recently stored papers would have matched.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Correct the query", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_runs_watch_add_with_its_limits_and_the_saved_watch_is_listed()
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        await dashboard.SignInAsync();
        var token = await dashboard.FormTokenAsync("/channels/42");

        using var saved = await dashboard.PostAsync("/channels/42/watches", token, ("query", "ti:diffusion"), ("name", "diffusion"));
        using var tooLong = await dashboard.PostAsync("/channels/42/watches", token, ("query", new string('a', Watch.MaxQueryLength + 1)));
        var page = await dashboard.Client.GetStringAsync("/channels/42");

        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);
        var watch = Assert.Single(dashboard.Get<WatchStore>().ForChannel(42));
        Assert.Equal(("diffusion", "ti:diffusion"), (watch.Name, watch.Query));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains($"the limit is {Watch.MaxQueryLength}", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("<td>diffusion</td><td><code>ti:diffusion</code></td>", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ti:agents", "Agents", "is already named &quot;agents&quot;; give this one another name")]
    [InlineData("agents", "", "is already named &quot;agents&quot;; give this one another name")]
    [InlineData("ti:agents", "A name of fifty-one characters, one past the limit!", "The name has 51 characters; the limit is 50")]
    [InlineData("\"layer norm", "A name of fifty-one characters, one past the limit!", "The name has 51 characters; the limit is 50")]
    public async Task A_save_refused_for_its_name_says_so_beside_the_name_field_and_keeps_what_was_typed(string query, string name, string refusal)
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        await dashboard.SignInAsync();
        dashboard.Get<WatchStore>().Add(0, 9, "agent OR agents", "agents", 0);
        var token = await dashboard.FormTokenAsync("/channels/9");

        using var saved = await dashboard.PostAsync("/channels/9/watches", token, ("query", query), ("name", name));
        var page = await saved.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, saved.StatusCode);
        Assert.Contains(refusal, ErrorSlot(page, "name-error"), StringComparison.Ordinal);
        Assert.Equal(string.Empty, ErrorSlot(page, "query-error"));
        Assert.Null(ErrorSlot(page, "form-error"));
        Assert.Single(Regex.Matches(page, Regex.Escape(refusal)));
        Assert.Matches($"<input type=\"text\" id=\"name\" name=\"name\" value=\"{Regex.Escape(WebUtility.HtmlEncode(name))}\"[^>]* aria-describedby=\"name-error\" aria-invalid=\"true\">", page);
        Assert.Matches($"<input type=\"text\" id=\"query\" name=\"query\" value=\"{Regex.Escape(WebUtility.HtmlEncode(query))}\"(?![^>]*aria-invalid)", page);
        Assert.Single(dashboard.Get<WatchStore>().ForChannel(9));
    }

    [Theory]
    [InlineData("\"layer norm", "norms", "Unbalanced quotes")]
    [InlineData(" agent OR agents ", "other name", "(&quot;agents&quot;) already has this query in this channel")]
    [InlineData("", "planning", "Give a query to watch, such as agents OR planning, or about:&quot;what the papers are about&quot;.")]
    public async Task A_save_refused_for_its_query_says_so_beside_the_query_field_and_keeps_what_was_typed(string query, string name, string refusal)
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        await dashboard.SignInAsync();
        dashboard.Get<WatchStore>().Add(0, 9, "agent OR agents", "agents", 0);
        var token = await dashboard.FormTokenAsync("/channels/9");

        using var saved = await dashboard.PostAsync("/channels/9/watches", token, ("query", query), ("name", name));
        var page = await saved.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, saved.StatusCode);
        Assert.Contains(refusal, ErrorSlot(page, "query-error"), StringComparison.Ordinal);
        Assert.Equal(string.Empty, ErrorSlot(page, "name-error"));
        Assert.Null(ErrorSlot(page, "form-error"));
        Assert.Matches($"<input type=\"text\" id=\"query\" name=\"query\" value=\"{Regex.Escape(WebUtility.HtmlEncode(query))}\"[^>]* aria-describedby=\"query-help query-error\" aria-invalid=\"true\"", page);
        Assert.Matches($"<input type=\"text\" id=\"name\" name=\"name\" value=\"{Regex.Escape(WebUtility.HtmlEncode(name))}\"(?![^>]*aria-invalid)", page);
    }

    [Fact]
    public async Task A_refusal_about_neither_field_shows_at_the_top_of_the_form_not_under_the_query()
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        await dashboard.SignInAsync();
        var store = dashboard.Get<WatchStore>();
        for (var i = 0; i < Watch.MaxPerChannel; i++)
        {
            store.Add(0, 9, $"ti:topic{i}", null, 0);
        }

        var elsewhere = store.Add(0, 10, "agents", null, 0).Id;
        var token = await dashboard.FormTokenAsync("/channels/9");

        using var full = await dashboard.PostAsync("/channels/9/watches", token, ("query", "ti:agents"), ("name", "agents"));
        using var notHere = await dashboard.PostAsync($"/channels/9/watches/{elsewhere}/remove", token);
        var fullPage = await full.Content.ReadAsStringAsync();
        var notHerePage = await notHere.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, full.StatusCode);
        Assert.Contains($"already has {Watch.MaxPerChannel} watches, the limit; remove one first", ErrorSlot(fullPage, "form-error"), StringComparison.Ordinal);
        Assert.Matches("<form method=\"post\" action=\"/channels/9/watches\" class=\"panel\" id=\"watch-editor\">\\s*<input type=\"hidden\"[^>]*>\\s*<p id=\"form-error\"", fullPage);
        Assert.Equal((string.Empty, string.Empty), (ErrorSlot(fullPage, "query-error"), ErrorSlot(fullPage, "name-error")));
        Assert.Contains("<input type=\"text\" id=\"query\" name=\"query\" value=\"ti:agents\"", fullPage, StringComparison.Ordinal);
        Assert.Contains("<input type=\"text\" id=\"name\" name=\"name\" value=\"agents\"", fullPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, notHere.StatusCode);
        Assert.NotEqual(string.Empty, ErrorSlot(notHerePage, "form-error"));
        Assert.Equal(string.Empty, ErrorSlot(notHerePage, "query-error"));
    }

    [Fact]
    public async Task Pause_resume_and_remove_change_the_watch_and_percolation_skips_a_paused_one()
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        await dashboard.SignInAsync();
        var id = dashboard.Get<WatchStore>().Add(0, 7, "agents", "agents", 0).Id;
        var token = await dashboard.FormTokenAsync("/channels/7");

        using var paused = await dashboard.PostAsync($"/channels/7/watches/{id}/pause", token);
        var whilePaused = dashboard.Get<WatchStore>().Active();
        using var resumed = await dashboard.PostAsync($"/channels/7/watches/{id}/resume", token);
        var afterResume = dashboard.Get<WatchStore>().Active();
        using var otherChannel = await dashboard.PostAsync($"/channels/8/watches/{id}/remove", token);
        using var removed = await dashboard.PostAsync($"/channels/7/watches/{id}/remove", token);

        Assert.Equal(HttpStatusCode.SeeOther, paused.StatusCode);
        Assert.Empty(whilePaused);
        Assert.Single(afterResume);
        Assert.Equal(HttpStatusCode.BadRequest, otherChannel.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, removed.StatusCode);
        Assert.Empty(dashboard.Get<WatchStore>().ForChannel(7));
    }

    [Fact]
    public async Task A_watchs_edit_link_opens_the_editor_on_its_query_and_name_and_its_own_query_is_no_conflict()
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        Store(dashboard, ("2601.00003", "Agents that plan"));
        await dashboard.SignInAsync();
        var id = dashboard.Get<WatchStore>().Add(0, 9, "agent OR agents", "agents", 0).Id;

        var list = await dashboard.Client.GetStringAsync("/channels/9");
        var page = await dashboard.Client.GetStringAsync($"/channels/9?edit={id}");
        var ownQuery = await dashboard.Client.GetStringAsync($"/channels/9/preview?edit={id}&name=agents&query=" + Uri.EscapeDataString("agent OR agents"));

        Assert.Contains($"href=\"/channels/9?edit={id}#watch-editor\" aria-label=\"Edit watch agents\">Edit</a>", list, StringComparison.Ordinal);
        Assert.Contains($"<h2>Edit watch {id}: agents</h2>", page, StringComparison.Ordinal);
        Assert.Contains($"<form method=\"post\" action=\"/channels/9/watches/{id}/edit\" class=\"panel\" id=\"watch-editor\">", page, StringComparison.Ordinal);
        Assert.Contains($"<input type=\"hidden\" id=\"edit\" name=\"edit\" value=\"{id}\">", page, StringComparison.Ordinal);
        Assert.Contains("<input type=\"text\" id=\"query\" name=\"query\" value=\"agent OR agents\"", page, StringComparison.Ordinal);
        Assert.Contains("<input type=\"text\" id=\"name\" name=\"name\" value=\"agents\"", page, StringComparison.Ordinal);
        Assert.Contains("hx-include=\"#name, #edit\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("preview-error", page, StringComparison.Ordinal);
        Assert.Contains("<strong>1</strong> of the 1 most recently stored papers would have matched.", ownQuery, StringComparison.Ordinal);
        Assert.DoesNotContain("preview-error", ownQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_an_edited_watch_runs_watch_edit_and_a_name_left_as_it_was_follows_the_query()
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        await dashboard.SignInAsync();
        var store = dashboard.Get<WatchStore>();
        var byQuery = store.Add(0, 9, "agent OR agents", null, 0).Id;
        var named = store.Add(0, 9, "ti:diffusion", "diffusion", 0).Id;
        var token = await dashboard.FormTokenAsync("/channels/9");

        using var followed = await dashboard.PostAsync($"/channels/9/watches/{byQuery}/edit", token, ("query", "agent OR agents OR planning"), ("name", "agent OR agents"));
        using var renamed = await dashboard.PostAsync($"/channels/9/watches/{named}/edit", token, ("query", "ti:diffusion"), ("name", "Diffusion models"));
        using var clash = await dashboard.PostAsync($"/channels/9/watches/{named}/edit", token, ("query", "agent OR agents OR planning"), ("name", "Diffusion models"));
        var clashPage = await clash.Content.ReadAsStringAsync();

        Assert.Equal((HttpStatusCode.SeeOther, HttpStatusCode.SeeOther), (followed.StatusCode, renamed.StatusCode));
        Assert.Equal(
            [(byQuery, "agent OR agents OR planning", "agent OR agents OR planning"), (named, "Diffusion models", "ti:diffusion")],
            store.ForChannel(9).Select(w => (w.Id, w.Name, w.Query)));
        Assert.Equal(HttpStatusCode.BadRequest, clash.StatusCode);
        Assert.Contains($"Watch {byQuery} (&quot;agent OR agents OR planning&quot;) already has this query in this channel", ErrorSlot(clashPage, "query-error"), StringComparison.Ordinal);
        Assert.Contains($"action=\"/channels/9/watches/{named}/edit\"", clashPage, StringComparison.Ordinal);
        Assert.Contains("<input type=\"text\" id=\"query\" name=\"query\" value=\"agent OR agents OR planning\"", clashPage, StringComparison.Ordinal);
    }

    private static void Store(DashboardHarness dashboard, params (string Id, string Title)[] papers) =>
        dashboard.Get<PaperStore>().UpsertBatch([.. papers.Select(p => TestPapers.Arxiv(p.Id, seen: DateTimeOffset.UtcNow) with { Title = p.Title, Abstract = "An abstract." })]);

    /// <summary>The text of an error paragraph of the page (<c>&lt;p id="…" class="error"&gt;</c>), or null when the page has none.</summary>
    private static string? ErrorSlot(string page, string id) =>
        Regex.Match(page, $"<p id=\"{id}\" class=\"error\" role=\"alert\">(.*?)</p>") is { Success: true } m ? m.Groups[1].Value : null;
}
