using DigestBot.Tests.Support;

namespace DigestBot.Tests.Configuration;

/// <summary>
/// Storage:KeepPapers below Sources:Freshness is said once at the bot's start; at or above it, nothing is said. A key no
/// setting reads is said before a command runs (which then runs) and once when the bot starts.
/// </summary>
public sealed class ConfigurationWarningProcessTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("3.00:00:00", true)]
    [InlineData("7.00:00:00", false)]
    [InlineData("365.00:00:00", false)]
    public async Task Keep_papers_shorter_than_freshness_is_a_warning_at_start(string keepPapers, bool warned)
    {
        using var bot = DigestBotProcess.Start(
            ["--data", _temp.Combine("data")],
            new Dictionary<string, string> { ["DigestBot__Storage__KeepPapers"] = keepPapers, ["DigestBot__Sources__Freshness"] = "7.00:00:00" });
        Assert.True(await bot.WaitForOutputAsync("Local mode", Limit), bot.Stderr);
        bot.SendSigterm();
        Assert.Equal(0, await bot.WaitForExitAsync(Limit));

        var lines = bot.Stderr.Split('\n').Where(l => l.Contains("KeepPapers", StringComparison.Ordinal)).ToList();
        if (warned)
        {
            Assert.Contains(
                $"DigestBot:Storage:KeepPapers ({keepPapers}) is shorter than DigestBot:Sources:Freshness (7.00:00:00): papers are removed while sources still list them as new",
                Assert.Single(lines),
                StringComparison.Ordinal);
        }
        else
        {
            Assert.Empty(lines);
        }
    }

    [Fact]
    public async Task A_misspelt_key_is_a_warning_before_a_command_which_still_runs()
    {
        var (code, stdout, stderr) = await DigestBotProcess.RunAsync(
            ["--data", _temp.Combine("data"), "papers"],
            new Dictionary<string, string> { ["DigestBot__Discord__Tokne"] = "not-shown-SECRET" });

        Assert.Equal(0, code);
        Assert.Equal("No papers stored yet.", stdout.Trim());
        Assert.Contains(
            "DigestBot:Discord:Tokne (env DigestBot__Discord__Tokne) is not a setting and is ignored — did you mean DigestBot:Discord:Token?",
            stderr,
            StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_misspelt_key_is_said_once_when_the_bot_starts()
    {
        using var bot = DigestBotProcess.Start(
            ["--data", _temp.Combine("data")],
            new Dictionary<string, string> { ["DigestBot__Summaries__Modle"] = "llama3.1:8b", ["DigestBot__Sources__Enabled"] = "false" });
        Assert.True(await bot.WaitForOutputAsync("Local mode", Limit), bot.Stderr);
        bot.SendSigterm();
        Assert.Equal(0, await bot.WaitForExitAsync(Limit));

        var line = Assert.Single(bot.Stderr.Split('\n'), l => l.Contains("Modle", StringComparison.Ordinal));
        Assert.EndsWith(
            "DigestBot:Summaries:Modle (env DigestBot__Summaries__Modle) is not a setting and is ignored — did you mean DigestBot:Summaries:Model?",
            line.TrimEnd(),
            StringComparison.Ordinal);
    }
}
