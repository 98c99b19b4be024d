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
