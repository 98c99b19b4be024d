using System.Text.Json;
using DigestBot.Tests.Sources;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Digests;

/// <summary>Watches, schedules and digests from the command line in local mode: digests print on stdout.</summary>
public sealed class LocalDigestProcessTests : IDisposable
{
    private const string Rss = "arxiv_rss_2026-04-27_cs.AI_trimmed_3_items.xml";
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_watch_matches_imported_papers_and_the_console_digest_prints_them_once()
    {
        var added = await Run("watch", "add", "cat:cs.AI", "--name", "ai");
        await Run("import", Fixtures.RecordedPath(Rss), "--notify");
        var dryRun = await Run("digest", "--dry-run");
        var digest = await Run("digest");
        var again = await Run("digest");
        var status = await Run("status", "--json");

        Assert.Equal(0, added.ExitCode);
        Assert.Contains("Watch 1 \"ai\" added", added.Stdout, StringComparison.Ordinal);
        Assert.Contains("Dry run", dryRun.Stdout, StringComparison.Ordinal);
        // The preview shows what the post then shows, header and all.
        Assert.Equal(
            digest.Stdout.Replace("Posted 3 papers in 1 message(s).", string.Empty, StringComparison.Ordinal).Trim(),
            dryRun.Stdout.Replace("Dry run: nothing is posted or marked.", string.Empty, StringComparison.Ordinal).Trim());
        Assert.Contains("📚 3 new papers", digest.Stdout, StringComparison.Ordinal);
        Assert.Contains("Why: ai — matched cat:cs.AI", digest.Stdout, StringComparison.Ordinal);
        Assert.Contains("Posted 3 papers in 1 message(s).", digest.Stdout, StringComparison.Ordinal);
        Assert.Contains("Nothing pending for this channel.", again.Stdout, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(status.Stdout);
        var channel = json.RootElement.GetProperty("channels")[0];
        Assert.Equal("0", channel.GetProperty("channel").GetString());
        Assert.Equal(1, channel.GetProperty("watches").GetInt32());
        Assert.Equal(0, channel.GetProperty("pending").GetInt32());
    }

    [Fact]
    public async Task Schedules_answer_with_their_next_fire_times_and_bad_ones_exit_2()
    {
        var set = await Run("schedule", "set", "weekdays 09:30", "--tz", "Europe/Berlin");
        var show = await Run("schedule", "show");
        var bad = await Run("schedule", "set", "hourly");
        var zone = await Run("schedule", "set", "daily 08:00", "--tz", "Mars/Olympus");
        var city = await Run("schedule", "set", "daily 08:00", "--tz", "berlin");

        Assert.Equal(0, set.ExitCode);
        Assert.Matches(@"Schedule: weekdays 09:30 \(Europe/Berlin\)\. Next: \w{3} \d{4}-\d\d-\d\d 09:30, \w{3} .+ 09:30, \w{3} .+ 09:30\.", set.Stdout);
        Assert.Contains("Active. 0 papers pending. No digest yet.", show.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("'hourly' is not a schedule", bad.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, zone.ExitCode);
        Assert.Contains("'Mars/Olympus' is not a known time zone", zone.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, city.ExitCode);
        Assert.Equal("schedule: 'berlin' is not a known time zone — did you mean Europe/Berlin?", city.Stderr.Trim());
    }

    [Fact]
    public async Task Digest_dry_run_json_lists_the_papers_the_post_will_carry_and_marks_nothing()
    {
        var empty = await Run("digest", "--dry-run", "--json");
        await Run("watch", "add", "cat:cs.AI", "--name", "ai");
        await Run("import", Fixtures.RecordedPath(Rss), "--notify");
        var dryRun = await Run("digest", "--dry-run", "--json");
        var post = await Run("digest", "--json");
        var status = await Run("status", "--json");

        Assert.Equal(0, empty.ExitCode);
        using (var none = JsonDocument.Parse(empty.Stdout))
        {
            Assert.Equal(JsonValueKind.Null, none.RootElement.GetProperty("digest").ValueKind);
            Assert.Equal(0, none.RootElement.GetProperty("papers").GetArrayLength());
        }

        Assert.True(dryRun.ExitCode == 0, dryRun.Stderr);
        using var json = JsonDocument.Parse(dryRun.Stdout);
        var root = json.RootElement;
        Assert.Equal("0", root.GetProperty("channel").GetString());
        Assert.Equal("0-1", root.GetProperty("digest").GetString());
        Assert.Equal(1, root.GetProperty("messages").GetInt32());
        var papers = root.GetProperty("papers").EnumerateArray().ToList();
        Assert.Equal(["2604.21935", "2604.21936", "2604.21937"], papers.Select(p => p.GetProperty("id").GetString()).Order());
        Assert.All(papers, p => Assert.Equal(["ai"], p.GetProperty("watches").EnumerateArray().Select(w => w.GetString())));
        Assert.All(papers, p => Assert.Equal(["cat:cs.AI"], p.GetProperty("matched").EnumerateArray().Select(w => w.GetString())));
        Assert.All(papers, p => Assert.Equal($"https://arxiv.org/abs/{p.GetProperty("id").GetString()}", p.GetProperty("url").GetString()));
        Assert.All(papers, p => Assert.Equal("day", p.GetProperty("publishedPrecision").GetString()));

        // A post prints the digest itself on stdout, so --json is for the dry run only; it posts nothing.
        Assert.Equal(2, post.ExitCode);
        Assert.Equal("digest: --json goes with --dry-run", post.Stderr.Trim());
        using var after = JsonDocument.Parse(status.Stdout);
        Assert.Equal(3, after.RootElement.GetProperty("channels")[0].GetProperty("pending").GetInt32());
    }

    [Fact]
    public async Task Schedule_show_json_is_the_channel_s_status_row_with_the_next_three_times()
    {
        await Run("schedule", "set", "weekdays 09:30", "--tz", "Europe/Berlin");
        var active = await Run("schedule", "show", "--json");
        await Run("schedule", "pause");
        var paused = await Run("schedule", "show", "--json");
        var pausedText = await Run("schedule", "show");
        var status = await Run("status", "--json");

        Assert.True(active.ExitCode == 0, active.Stderr);
        using var json = JsonDocument.Parse(active.Stdout);
        var root = json.RootElement;
        Assert.Equal("0", root.GetProperty("channel").GetString());
        Assert.Equal("weekdays 09:30", root.GetProperty("schedule").GetString());
        Assert.Equal("Europe/Berlin", root.GetProperty("timeZone").GetString());
        Assert.False(root.GetProperty("paused").GetBoolean());
        Assert.Equal(0, root.GetProperty("pending").GetInt32());
        var next = root.GetProperty("nextTimes").EnumerateArray().Select(t => t.GetDateTimeOffset()).ToList();
        Assert.Equal(3, next.Count);
        Assert.Equal(next[0], root.GetProperty("nextDigest").GetDateTimeOffset());
        Assert.All(next, t => Assert.Equal("09:30", TimeZoneInfo.ConvertTime(t, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)));

        using var pausedJson = JsonDocument.Parse(paused.Stdout);
        Assert.True(pausedJson.RootElement.GetProperty("paused").GetBoolean());
        Assert.Equal(JsonValueKind.Null, pausedJson.RootElement.GetProperty("nextDigest").ValueKind);
        Assert.Equal(3, pausedJson.RootElement.GetProperty("nextTimes").GetArrayLength());
        Assert.Matches(@"^Schedule: weekdays 09:30 \(Europe/Berlin\)\. Next once resumed: \w{3} ", pausedText.Stdout);
        Assert.Contains("\nPaused. Resume with schedule resume.", pausedText.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);

        // The same fields as the channel's row of status --json, with the same values.
        using var statusJson = JsonDocument.Parse(status.Stdout);
        var row = statusJson.RootElement.GetProperty("channels").EnumerateArray().Single(c => c.GetProperty("channel").GetString() == "0");
        foreach (var field in row.EnumerateObject().Where(f => f.Name != "why"))
        {
            Assert.Equal(field.Value.GetRawText(), pausedJson.RootElement.GetProperty(field.Name).GetRawText());
        }
    }

    [Fact]
    public async Task Watch_test_json_counts_each_of_its_days()
    {
        var (code, stdout, stderr) = await Run("watch", "test", "cat:cs.AI", "--days", "3", "--json");

        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("cat:cs.AI", json.RootElement.GetProperty("query").GetString());
        Assert.Equal(3, json.RootElement.GetProperty("days").GetInt32());
        Assert.Equal(3, json.RootElement.GetProperty("perDay").GetArrayLength());
        Assert.Equal(0, json.RootElement.GetProperty("matching").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("hits").GetArrayLength());
    }

    [Fact]
    public async Task Invalid_watch_queries_are_refused_with_the_parsers_message()
    {
        var result = await Run("watch", "add", "\"unbalanced");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("watch: ", result.Stderr, StringComparison.Ordinal);
        Assert.Empty((await Run("watch", "list", "--json")).Stdout.Trim().Trim('[', ']').Trim());
    }

    private Task<(int ExitCode, string Stdout, string Stderr)> Run(params string[] args) =>
        DigestBotProcess.RunAsync(
            [.. args, "--data", _temp.Combine("data")],
            new Dictionary<string, string> { ["DigestBot__Sources__FreshnessDays"] = "3650" });
}
