using DigestBot.Commands;
using DigestBot.Papers;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Sources.Ingestion;

/// <summary>
/// <c>import --notify</c> saying out loud how many new papers were too old to announce, through the command dispatcher
/// with a real LiteDB; the clock is set after the recordings' dates so that their papers fall outside the window.
/// </summary>
public sealed class ImportFreshnessTests : IDisposable
{
    private const string Listing = "arxiv_rss_2026-04-27_cs.AI_trimmed_3_items.xml";
    private const string Search = "arxiv_api_2026-04_search_all-testing_10_entries.xml";
    private const string OnePaper = "arxiv_api_2026-04_idlist_versioned_2104.12255v1.xml";
    private const string MixedTypes = "arxiv_atom_listing_mixed_announce_types.xml";

    // Two weeks after the listing's announcement day (Monday 2026-04-27).
    private static readonly DateTimeOffset TwoWeeksLater = new(2026, 5, 11, 12, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _files = new();
    private readonly List<DigestsHarness> _apps = [];

    public void Dispose()
    {
        _apps.ForEach(a => a.Dispose());
        _files.Dispose();
    }

    [Fact]
    public async Task Notify_says_how_many_papers_were_too_old_to_announce()
    {
        var app = App(TwoWeeksLater);

        var reply = await ImportAsync(app, notify: true, Recorded(Listing));

        Assert.Equal(
            "imported 3 new, 0 updated, 0 unchanged, 0 skipped\n3 papers older than 7 days were stored but not announced (Sources:Freshness)",
            reply.Text);
        Assert.Empty(app.Get<PaperStore>().Announcements());
    }

    [Fact]
    public async Task One_paper_and_one_day_are_singular_and_the_days_come_from_the_configuration()
    {
        var app = App(TwoWeeksLater, ("DigestBot:Sources:FreshnessDays", "1"));

        var reply = await ImportAsync(app, notify: true, Recorded(OnePaper));

        Assert.Equal(
            "imported 1 new, 0 updated, 0 unchanged, 0 skipped\n1 paper older than 1 day was stored but not announced (Sources:Freshness)",
            reply.Text);
    }

    [Fact]
    public async Task Only_the_old_papers_are_counted_when_fresh_ones_are_announced_beside_them()
    {
        // The day after the listing: its 3 papers are fresh, the search's 10 were published years ago.
        var app = App(new DateTimeOffset(2026, 4, 28, 12, 0, 0, TimeSpan.Zero));

        var reply = await ImportAsync(app, notify: true, Recorded(Listing), Recorded(Search));

        Assert.Equal(
            "imported 13 new, 0 updated, 0 unchanged, 0 skipped\n10 papers older than 7 days were stored but not announced (Sources:Freshness)",
            reply.Text);
        Assert.Equal(3, app.Get<PaperStore>().Announcements().Count);
    }

    [Fact]
    public async Task Replacements_are_not_called_too_old()
    {
        // The listing has one new, one cross-list and two replacements, all dated 2026-09-24; a replacement is never
        // announced whatever its age, so only the other two were held back by the freshness window.
        var app = App(new DateTimeOffset(2026, 10, 10, 12, 0, 0, TimeSpan.Zero));

        var reply = await ImportAsync(app, notify: true, Synthetic(MixedTypes));

        Assert.Equal(
            "imported 4 new, 0 updated, 0 unchanged, 0 skipped\n2 papers older than 7 days were stored but not announced (Sources:Freshness)",
            reply.Text);
    }

    [Fact]
    public async Task A_backfill_without_notify_calls_nothing_too_old_and_a_notify_import_counts_only_its_own_papers()
    {
        var app = App(TwoWeeksLater);

        var backfill = await ImportAsync(app, notify: false, Recorded(Listing));
        var notify = await ImportAsync(app, notify: true, Recorded(Listing), Recorded(Search));

        Assert.Equal("imported 3 new, 0 updated, 0 unchanged, 0 skipped", backfill.Text);
        Assert.Equal(
            "imported 10 new, 0 updated, 3 unchanged, 0 skipped\n10 papers older than 7 days were stored but not announced (Sources:Freshness)\n"
            + "3 papers were stored before, so --notify does not announce them (it announces papers new to the store)",
            notify.Text);
    }

    [Fact]
    public async Task Notify_after_a_backfill_of_fresh_papers_says_they_were_stored_before_instead_of_announcing_nothing_silently()
    {
        // The day after the listing: its papers are fresh, but a backfill stored them first.
        var app = App(new DateTimeOffset(2026, 4, 28, 12, 0, 0, TimeSpan.Zero));
        await ImportAsync(app, notify: false, Recorded(Listing));

        var again = await ImportAsync(app, notify: true, Recorded(Listing));

        Assert.Equal(
            "imported 0 new, 0 updated, 3 unchanged, 0 skipped\n3 papers were stored before, so --notify does not announce them (it announces papers new to the store)",
            again.Text);
        Assert.Empty(app.Get<PaperStore>().Announcements());
    }

    private DigestsHarness App(DateTimeOffset now, params (string, string)[] settings)
    {
        var app = new DigestsHarness(now, settings);
        _apps.Add(app);
        return app;
    }

    private static Task<Reply> ImportAsync(DigestsHarness app, bool notify, params string[] files) =>
        app.Get<CommandDispatcher>().DispatchAsync(
            "import", new Dictionary<string, object> { ["inputs"] = files, ["notify"] = notify }, CommandOrigin.Cli, CancellationToken.None);

    /// <summary>A copy of a recorded response in this test's folder: import reads files, the fixtures helper gives bytes.</summary>
    private string Recorded(string name) => Write(name, Fixtures.Recorded(name));

    private string Synthetic(string name) => Write(name, Fixtures.Synthetic(name));

    private string Write(string name, byte[] bytes)
    {
        var path = _files.Combine(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
