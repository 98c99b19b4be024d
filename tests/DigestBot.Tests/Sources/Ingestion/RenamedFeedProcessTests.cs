using System.Text.Json;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Sources.Ingestion;

/// <summary>
/// Through the real executable: a journal feed polled under one source name, then under another, then imported again
/// from a copy under a third name with <c>--notify</c>, stores each item once and leaves the channel's digest empty.
/// (Before items were keyed by the item, each name stored a second copy and the --notify import posted it again.)
/// </summary>
public sealed class RenamedFeedProcessTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);
    private readonly TempDirectory _temp = new();
    private readonly FixtureServer _server = new();

    private string Data => _temp.Combine("data");

    public void Dispose()
    {
        _server.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public async Task A_renamed_source_and_a_renamed_feed_file_store_nothing_twice_and_the_digest_after_them_is_empty()
    {
        _server.On("/feed.xml", FixtureServer.Response.Bytes(Fixtures.Recorded(FeedItemIdentityTests.Bair)));
        var watch = await Run([], "watch", "add", "planning OR interactions OR imaging", "--name", "bair");
        Assert.Equal(0, watch.ExitCode);

        await PollOnceAsync("journal");
        await PollOnceAsync("journal-renamed");
        var copy = _temp.Combine("bair-copy.xml");
        File.Copy(Fixtures.RecordedPath(FeedItemIdentityTests.Bair), copy);
        var import = await Run([], "import", copy, "--notify");
        var papers = await Run([], "papers", "--json");
        var digest = await Run([], "digest");

        Assert.Equal(0, import.ExitCode);
        Assert.Contains("imported 0 new, ", import.Stdout, StringComparison.Ordinal);
        using (var json = JsonDocument.Parse(papers.Stdout))
        {
            var stored = json.RootElement.EnumerateArray().ToList();
            Assert.Equal(3, stored.Count);
            Assert.All(stored, p => Assert.Equal(
                ["rss:bair-copy", "rss:journal", "rss:journal-renamed"],
                p.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("source").GetString()).Order(StringComparer.Ordinal)));
        }

        Assert.Equal(0, digest.ExitCode);
        Assert.Contains("Nothing pending for this channel.", digest.Stdout, StringComparison.Ordinal);
    }

    /// <summary>Runs the bot with one feed source of this name until its first poll is logged, then stops it.</summary>
    private async Task PollOnceAsync(string name)
    {
        using var bot = DigestBotProcess.Start(["--data", Data], Environment(name));
        Assert.True(await bot.WaitForOutputAsync($"Source {name}: ", Limit), bot.Stdout + bot.Stderr);
        bot.SendSigterm();
        Assert.Equal(0, await bot.WaitForExitAsync(Limit));
    }

    private Task<(int ExitCode, string Stdout, string Stderr)> Run(string[] sourceNames, params string[] args) =>
        DigestBotProcess.RunAsync([.. args, "--data", Data], Environment(sourceNames.FirstOrDefault()));

    private Dictionary<string, string> Environment(string? source)
    {
        var environment = new Dictionary<string, string> { ["DigestBot__Sources__FreshnessDays"] = "3650" };
        if (source is not null)
        {
            environment["DigestBot__Sources__Enabled"] = "true";
            environment["DigestBot__Sources__List__arxiv__Enabled"] = "false";
            environment["DigestBot__Sources__List__hf-daily__Enabled"] = "false";
            environment[$"DigestBot__Sources__List__{source}__Type"] = "Feed";
            environment[$"DigestBot__Sources__List__{source}__Url"] = _server.BaseUrl + "/feed.xml";
        }

        return environment;
    }
}
