using System.Text.Json.Nodes;
using DigestBot.Tests.Sources;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Digests;

/// <summary>
/// The crash harness: the real executable, SIGKILLed by itself at a named point (DIGESTBOT_CRASH_AT), then run
/// again on the same data folder. Afterwards every matched paper has reached Discord (the fake, which honours
/// nonces) exactly once.
/// </summary>
public sealed class CrashTests() : FakeDiscordProcessTest("crash-test-token")
{
    private const string Channel = "500";
    private const int Killed = 137;

    [Theory]
    [InlineData("before-percolation", "import")]
    [InlineData("after-percolation", "import")]
    [InlineData("after-digest-stored", "digest")]
    [InlineData("after-chunk-posted", "digest")]
    public async Task Killed_at_a_named_point_then_restarted_every_matched_paper_is_delivered_exactly_once(string point, string killedStep)
    {
        Assert.Equal(0, (await Run(null, "watch", "add", "cat:cs.AI", "--name", "ai", "--channel", Channel)).ExitCode);

        var import = await Run(killedStep == "import" ? point : null, "import", Fixtures.RecordedPath("arxiv_rss_2026-04-27_cs.AI_trimmed_3_items.xml"), "--notify");
        var digest = await Run(killedStep == "digest" ? point : null, "digest", "--channel", Channel);
        var restarted = await Run(null, "digest", "--channel", Channel);
        var after = await Run(null, "digest", "--channel", Channel);

        Assert.Equal(killedStep == "import" ? Killed : 0, import.ExitCode);
        Assert.Equal(killedStep == "digest" ? Killed : 0, digest.ExitCode);
        Assert.Equal(0, restarted.ExitCode);
        Assert.Contains("Nothing pending", after.Stdout, StringComparison.Ordinal);
        var titles = Delivered();
        Assert.Equal(3, titles.Count);
        Assert.Equal(3, titles.Distinct().Count());
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
