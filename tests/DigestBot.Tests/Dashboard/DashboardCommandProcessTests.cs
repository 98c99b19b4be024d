using DigestBot.Dashboard;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Dashboard;

/// <summary><c>digestbot dashboard</c> as a one-shot command, the bot not running.</summary>
public sealed class DashboardCommandProcessTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string Data => _temp.Combine("data");

    [Fact]
    public async Task Dashboard_prints_the_link_with_the_key_kept_owner_only_and_new_key_replaces_it()
    {
        var first = await Run("dashboard");
        var again = await Run("dashboard");
        var rotated = await Run("dashboard", "--new-key");

        var key = File.ReadAllText(Path.Combine(Data, DashboardKey.FileName)).Trim();
        Assert.Equal(0, first.ExitCode);
        Assert.Matches(@"^http://127\.0\.0\.1:8081/\?key=[A-Za-z0-9_-]{43}$", first.Stdout.Trim());
        Assert.Equal(first.Stdout, again.Stdout);
        Assert.Equal(0, rotated.ExitCode);
        Assert.NotEqual(first.Stdout, rotated.Stdout);
        Assert.Equal($"http://127.0.0.1:8081/?key={key}", rotated.Stdout.Trim());
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(Data, DashboardKey.FileName)));
        }
    }

    [Fact]
    public async Task Run_on_its_own_it_says_on_stderr_that_the_link_opens_while_the_bot_runs_and_stdout_stays_the_link()
    {
        var result = await Run("dashboard");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^http://127\.0\.0\.1:8081/\?key=[A-Za-z0-9_-]{43}$", result.Stdout.Trim());
        var hint = Assert.Single(result.Stderr.Trim().Split('\n'));
        Assert.StartsWith("dashboard: the bot serves this page and is not running here: start it", hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sent_to_a_running_bot_it_prints_the_address_the_dashboard_listens_on_without_the_hint()
    {
        using var bot = DigestBotProcess.Start(["--data", Data]);
        Assert.True(await bot.WaitForOutputAsync("Dashboard listening on", TimeSpan.FromSeconds(60)), bot.Stderr);

        var result = await DigestBotProcess.RunAsync("dashboard", "--data", Data);
        bot.SendSigterm();
        await bot.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal((0, string.Empty), (result.ExitCode, result.Stderr));
        var listening = System.Text.RegularExpressions.Regex.Match(bot.Stderr, @"Dashboard listening on (http://127\.0\.0\.1:\d+)");
        Assert.True(listening.Success, bot.Stderr);
        Assert.StartsWith(listening.Groups[1].Value + "/?key=", result.Stdout.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sent_to_a_bot_whose_dashboard_port_was_taken_it_says_the_link_does_not_open()
    {
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var url = $"http://127.0.0.1:{((System.Net.IPEndPoint)taken.LocalEndpoint).Port}";
        var settings = new Dictionary<string, string> { ["DigestBot__Dashboard__ListenUrls"] = url };
        using var bot = DigestBotProcess.Start(["--data", Data], settings);
        Assert.True(await bot.WaitForOutputAsync("The dashboard cannot listen", TimeSpan.FromSeconds(60)), bot.Stderr);
        Assert.True(await bot.WaitForOutputAsync("Local mode", TimeSpan.FromSeconds(60)), bot.Stderr);

        var result = await DigestBotProcess.RunAsync(["dashboard", "--data", Data], settings);
        bot.SendSigterm();
        await bot.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith(url + "/?key=", result.Stdout.Trim(), StringComparison.Ordinal);
        Assert.Equal("dashboard: the bot could not listen on its address (its log says why), so this link does not open yet", result.Stderr.Trim());
    }

    [Fact]
    public async Task An_unknown_option_of_dashboard_is_one_line_and_exit_code_2()
    {
        var result = await DigestBotProcess.RunAsync("dashboard", "--rotate", "--data", Data);

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Stderr.Trim().Split('\n'));
        Assert.DoesNotContain("Exception", result.Stderr, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>With the shipped default address (the test process otherwise gives the bot port 0).</summary>
    private Task<(int ExitCode, string Stdout, string Stderr)> Run(params string[] args) =>
        DigestBotProcess.RunAsync([.. args, "--data", Data], new Dictionary<string, string> { ["DigestBot__Dashboard__ListenUrls"] = "http://127.0.0.1:8081" });
}
