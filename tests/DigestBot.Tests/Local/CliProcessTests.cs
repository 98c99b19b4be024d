using System.Text.Json;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Local;

/// <summary>The digestbot executable as users and their scripts see it: output, errors and exit codes.</summary>
public sealed class CliProcessTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string Data => _temp.Combine("data");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Status_json_on_a_fresh_folder_reports_zero_papers()
    {
        var (code, stdout, stderr) = await DigestBotProcess.RunAsync("status", "--json", "--data", Data);

        Assert.Equal(0, code);
        Golden.AssertMatches("status-empty.json", stdout);
        Assert.Equal(string.Empty, stderr);
    }

    [Fact]
    public async Task The_data_directory_is_created_owner_only()
    {
        await DigestBotProcess.RunAsync("status", "--data", Data);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Data));
    }

    [Fact]
    public async Task An_unknown_paper_exits_2_with_one_line_on_stderr()
    {
        var (code, stdout, stderr) = await DigestBotProcess.RunAsync("paper", "2412.13795", "--data", Data);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal("no paper 2412.13795 here — try search, or import 2412.13795 to fetch it from arXiv", stderr.TrimEnd());
        Assert.Single(stderr.TrimEnd().Split('\n'));
    }

    [Theory]
    [InlineData("paper", "not-an-id")]
    [InlineData("papers", "--limit", "0")]
    [InlineData("papers", "--limit", "many")]
    [InlineData("frobnicate")]
    [InlineData("paper")]
    public async Task Bad_usage_exits_2_with_one_line_and_no_stack_trace(params string[] args)
    {
        var (code, stdout, stderr) = await DigestBotProcess.RunAsync([.. args, "--data", Data]);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Single(stderr.TrimEnd().Split('\n'));
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stored_papers_are_listed_and_shown_as_json()
    {
        using (var storage = new TestStorage())
        {
            storage.Papers.Upsert(TestPapers.Arxiv("2412.13795"));
            storage.Papers.Upsert(TestPapers.Arxiv("2412.00001", seen: TestPapers.Monday.AddDays(1)));
            CopyDirectory(storage.DataPath, Data);
        }

        var list = await DigestBotProcess.RunAsync("papers", "--json", "--data", Data);
        var one = await DigestBotProcess.RunAsync("paper", "arXiv:2412.13795v1", "--json", "--data", Data);
        var text = await DigestBotProcess.RunAsync("paper", "https://arxiv.org/abs/2412.13795", "--data", Data);

        Assert.Equal(0, list.ExitCode);
        using var array = JsonDocument.Parse(list.Stdout);
        Assert.Equal(["2412.00001", "2412.13795"], array.RootElement.EnumerateArray().Select(p => p.GetProperty("id").GetString()));
        using var paper = JsonDocument.Parse(one.Stdout);
        Assert.Equal(1, paper.RootElement.GetProperty("version").GetInt32());
        Assert.Equal("Ada Lovelace", paper.RootElement.GetProperty("authors")[0].GetProperty("name").GetString());
        Assert.Equal(0, text.ExitCode);
        Assert.Contains("Title of 2412.13795 v1", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("Ada Lovelace, Alan Turing", text.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gateway_mode_without_a_token_stops_with_one_line_naming_the_key()
    {
        using var bot = DigestBotProcess.Start(["--data", Data], new Dictionary<string, string> { ["DigestBot__Discord__Mode"] = "Gateway" });

        var code = await bot.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(2, code);
        Assert.Contains("DigestBot:Discord:Token", bot.Stderr, StringComparison.Ordinal);
        Assert.Single(bot.Stderr.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task Http_mode_names_the_first_missing_credential_and_never_prints_the_token()
    {
        const string token = "secret-token-value-that-must-not-leak";
        using var bot = DigestBotProcess.Start(
            ["--data", Data],
            new Dictionary<string, string> { ["DigestBot__Discord__Mode"] = "Http", ["DigestBot__Discord__Token"] = token });

        var code = await bot.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(2, code);
        Assert.Contains("DigestBot:Discord:ApplicationId", bot.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(token, bot.Stderr + bot.Stdout, StringComparison.Ordinal);
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from).Where(f => !f.EndsWith(".lock", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
