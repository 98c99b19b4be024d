using DigestBot.Tests.Support;

namespace DigestBot.Tests.Local;

/// <summary>Commands that need no data leave no data folder behind: neither ./data nor a configured one.</summary>
public sealed class NoDataFolderProcessTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(0, "help")]
    [InlineData(0, "--help")]
    [InlineData(0, "--version")]
    [InlineData(0, "papers", "--help")]
    [InlineData(2, "seach")]
    [InlineData(2, "papers", "--limit", "abc")]
    [InlineData(2, "watch")]
    public async Task A_command_that_needs_no_data_creates_no_data_folder(int exitCode, params string[] args)
    {
        var configured = _temp.Combine("configured");

        var (code, _, stderr) = await DigestBotProcess.RunAsync(args, null, workingDirectory: _temp.Path);
        var withData = await DigestBotProcess.RunAsync(
            args, new Dictionary<string, string> { ["DigestBot__Storage__DataDirectory"] = configured }, workingDirectory: _temp.Path);

        Assert.Equal(exitCode, code);
        Assert.Equal(exitCode, withData.ExitCode);
        Assert.False(Directory.Exists(_temp.Combine("data")), stderr);
        Assert.False(Directory.Exists(configured), withData.Stderr);
    }

    [Theory]
    [InlineData("'AND' has nothing on its right", "search", "agents", "AND")]
    [InlineData("--since must be 7d, 2w, 6m, 1y or YYYY-MM-DD (got 'someday')", "search", "agents", "--since", "someday")]
    [InlineData("search: limit must be between 1 and 100 (got 0)", "search", "agents", "--limit", "0")]
    [InlineData("papers: limit must be between 1 and 1000 (got 5000)", "papers", "--limit", "5000")]
    [InlineData("watch: unbalanced parentheses: a '(' is never closed", "watch", "add", "(agents")]
    [InlineData("watch: unbalanced parentheses: a '(' is never closed", "watch", "test", "(agents")]
    [InlineData("summary --topic: 'OR' has nothing on its right", "summary", "--topic", "agents", "OR")]
    [InlineData("'1234.5678' is not a paper id: use an arXiv id (2412.13795, hep-th/9901001), a DOI, an OpenAlex or Semantic Scholar id, or a link to the paper", "cite", "1234.5678")]
    [InlineData("cite: format must be bibtex or apa (got 'mla')", "cite", "2606.13392", "--format", "mla")]
    [InlineData("'nonsense' is not a paper id: use an arXiv id (2412.13795, hep-th/9901001), a DOI, an OpenAlex or Semantic Scholar id, or a link to the paper", "paper", "nonsense")]
    [InlineData("'nonsense' is not a paper id: use an arXiv id (2412.13795, hep-th/9901001), a DOI, an OpenAlex or Semantic Scholar id, or a link to the paper", "merge", "nonsense")]
    [InlineData("'nonsense' is not a paper id: use an arXiv id (2412.13795, hep-th/9901001), a DOI, an OpenAlex or Semantic Scholar id, or a link to the paper", "summary", "nonsense")]
    [InlineData("schedule: 'hourly' is not a schedule: use instant, daily HH:MM, weekdays HH:MM, weekly DAY HH:MM, or a cron expression: crontab's five fields (0 8 * * 1-5) or Quartz's six or seven (0 0 8 ? * MON-FRI)", "schedule", "set", "hourly")]
    [InlineData("schedule: 'Mars/Olympus' is not a known time zone (use an IANA name such as Europe/Berlin or America/New_York)", "schedule", "set", "daily 08:00", "--tz", "Mars/Olympus")]
    [InlineData("unknown command 'seach' — did you mean search?", "seach", "agents")]
    [InlineData("papers: unknown option '--lmit' — did you mean --limit?", "papers", "--lmit", "3")]
    public async Task A_command_refused_for_its_input_creates_no_data_folder(string line, params string[] args)
    {
        var data = _temp.Combine("not-yet", "data");

        var (code, stdout, stderr) = await DigestBotProcess.RunAsync([.. args, "--data", data]);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal(line, Assert.Single(stderr.TrimEnd().Split('\n')));
        Assert.False(Directory.Exists(_temp.Combine("not-yet")), "the refused command created the data directory");
    }

    [Fact]
    public async Task A_command_that_uses_data_still_creates_the_folder()
    {
        var (code, _, stderr) = await DigestBotProcess.RunAsync(["papers"], null, workingDirectory: _temp.Path);

        Assert.Equal(0, code);
        Assert.True(Directory.Exists(_temp.Combine("data")), stderr);
    }
}
