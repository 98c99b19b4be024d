using System.Text.Json;
using System.Text.Json.Nodes;
using DigestBot.Tests.Sources;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Digests;

/// <summary>
/// The crash harness during ingest and indexing: the real executable SIGKILLs itself after a batch is stored but
/// before it is indexed, between the Lucene adds and their commit, and between an import batch and its saved cursor.
/// After a restart every stored paper is searchable exactly once, every matched paper reaches Discord exactly once,
/// and the watch and the schedule are still there.
/// </summary>
public sealed class IngestCrashTests() : FakeDiscordProcessTest("ingest-crash-token")
{
    private const string Channel = "500";
    private const int Killed = 137;
    private const int SnapshotPapers = 6000;

    [Theory]
    [InlineData("after-papers-stored")]
    [InlineData("before-index-commit")]
    public async Task Killed_while_storing_or_indexing_a_feed_then_restarted_each_paper_is_indexed_and_delivered_once(string point)
    {
        await Prepare();

        var import = await Run(point, "import", Fixtures.RecordedPath("arxiv_rss_2026-04-27_cs.AI_trimmed_3_items.xml"), "--notify");
        var search = await Run(null, "search", "cat:cs.AI", "--limit", "100", "--json");
        var digest = await Run(null, "digest", "--channel", Channel);
        var after = await Run(null, "digest", "--channel", Channel);

        Assert.Equal(Killed, import.ExitCode);
        Assert.Equal(0, search.ExitCode);
        var ids = JsonDocument.Parse(search.Stdout).RootElement.EnumerateArray().Select(h => h.GetProperty("id").GetString()).ToList();
        Assert.Equal(3, ids.Count);
        Assert.Equal(3, ids.Distinct().Count());
        Assert.Equal(0, digest.ExitCode);
        Assert.Contains("Nothing pending", after.Stdout, StringComparison.Ordinal);
        var titles = Delivered();
        Assert.Equal(3, titles.Count);
        Assert.Equal(3, titles.Distinct().Count());
        await AssertWatchAndScheduleKept();
    }

    [Theory]
    [InlineData("after-import-batch")]
    [InlineData("after-papers-stored")]
    [InlineData("before-index-commit")]
    public async Task Killed_during_a_snapshot_import_then_imported_again_the_store_and_index_agree(string point)
    {
        await Prepare();
        var snapshot = Temp.Combine("snapshot.jsonl");
        SnapshotFile.Write(snapshot, SnapshotPapers);

        var killed = await Run(point, "import", snapshot);
        var resumed = await Run(null, "import", snapshot);
        var search = await Run(null, "search", "synthetic");
        var papers = await Run(null, "status", "--json");

        Assert.Equal(Killed, killed.ExitCode);
        Assert.Equal(0, resumed.ExitCode);

        // Lucene counts documents: a paper indexed twice would make this 6,001 or more, a lost one 5,999.
        Assert.Contains("6,000 papers match", search.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, papers.ExitCode);
        Assert.Equal(SnapshotPapers, JsonDocument.Parse(papers.Stdout).RootElement.GetProperty("papers").GetInt32());
        await AssertWatchAndScheduleKept();
    }

    private async Task Prepare()
    {
        Assert.Equal(0, (await Run(null, "watch", "add", "cat:cs.AI", "--name", "ai", "--channel", Channel)).ExitCode);
        Assert.Equal(0, (await Run(null, "schedule", "set", "weekdays 09:30", "--tz", "Europe/Berlin", "--channel", Channel)).ExitCode);
    }

    private async Task AssertWatchAndScheduleKept()
    {
        var watches = await Run(null, "watch", "list", "--channel", Channel, "--json");
        var schedule = await Run(null, "schedule", "show", "--channel", Channel);
        Assert.Contains("\"ai\"", watches.Stdout, StringComparison.Ordinal);
        Assert.Contains("weekdays 09:30 (Europe/Berlin)", schedule.Stdout, StringComparison.Ordinal);
    }

    /// <summary>Every paper card that reached Discord, in the channel and in threads under it.</summary>
    private List<string> Delivered() =>
        [.. Fake.Channels.ChannelIds
            .SelectMany(Fake.Channels.Messages)
            .SelectMany(m => m["embeds"] is JsonArray embeds ? embeds : [])
            .Select(e => e!["title"]!.GetValue<string>())];

    private Task<(int ExitCode, string Stdout, string Stderr)> Run(string? crashAt, params string[] args)
    {
        var environment = Environment(("DigestBot__Sources__FreshnessDays", "3650"), ("DigestBot__Digests__MaxPapersPerMessage", "1"));
        if (crashAt is not null)
        {
            environment[DigestBot.CrashPoints.Variable] = crashAt;
        }

        return DigestBotProcess.RunAsync([.. args, "--data", Data], environment);
    }
}
