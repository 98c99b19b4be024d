using DigestBot.Tests.Support;

namespace DigestBot.Tests.Local;

/// <summary>
/// Usage and configuration errors as users meet them, through the real executable: exit code 2 and one line on
/// stderr that names the option, key or environment variable and what is allowed, never a .NET type name.
/// </summary>
public sealed class UsageErrorProcessTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>Arguments (<c>{data}</c>, <c>{file}</c>, <c>{dir}</c>, <c>{temp}</c> filled in), environment <c>KEY=VALUE</c>, and the line.</summary>
    public static TheoryData<string[], string[], string> Cases => new()
    {
        { ["papers", "--data"], [], "--data: needs a directory" },
        { ["papers", "--data", "{file}"], [], "--data: '{file}' is a file, not a directory" },
        { ["papers", "--data", "{file}/data"], [], "--data: '{file}/data' is inside '{file}', which is a file, not a directory" },
        { ["--data", "{file}/data/deeper"], [], "--data: '{file}/data/deeper' is inside '{file}', which is a file, not a directory" },
        { ["status"], ["DigestBot__Storage__DataDirectory={file}/data"], "digestbot: DigestBot:Storage:DataDirectory (env DigestBot__Storage__DataDirectory): '{file}/data' is inside '{file}', which is a file, not a directory" },
        { ["status"], ["DigestBot__Storage__DataDirectory={file}"], "digestbot: DigestBot:Storage:DataDirectory (env DigestBot__Storage__DataDirectory): '{file}' is a file, not a directory" },
        { ["--data", "{data}"], ["DigestBot__Discord__Mode=Bogus"], "digestbot: DigestBot:Discord:Mode (env DigestBot__Discord__Mode): 'Bogus' is not one of Local, Gateway, Http" },
        { ["status", "--data", "{data}"], ["DigestBot__Discord__Mode=Bogus"], "digestbot: DigestBot:Discord:Mode (env DigestBot__Discord__Mode): 'Bogus' is not one of Local, Gateway, Http" },
        { ["--data", "{data}"], ["DigestBot__Discord__Mode=Gateway"], "digestbot: DigestBot:Discord:Token is required in Gateway mode (set the environment variable DigestBot__Discord__Token)" },
        { ["papers", "--data", "{data}"], ["DigestBot__Storage__KeepPapersDays=abc"], "digestbot: DigestBot:Storage:KeepPapersDays (env DigestBot__Storage__KeepPapersDays): 'abc' is not a whole number" },
        { ["status", "--data", "{data}"], ["DigestBot__Sources__Enabled=maybe"], "digestbot: DigestBot:Sources:Enabled (env DigestBot__Sources__Enabled): 'maybe' is not true or false" },
        { ["--data", "{data}"], ["DigestBot__Discord__RequestTimeout=soon"], "digestbot: DigestBot:Discord:RequestTimeout (env DigestBot__Discord__RequestTimeout): 'soon' is not a duration (hh:mm:ss, e.g. 00:00:30; d.hh:mm:ss for days)" },
        { ["status", "--data", "{data}"], ["DigestBot__Sources__List__arxiv__Type=Arxiv"], "digestbot: DigestBot:Sources:List:arxiv:Type (env DigestBot__Sources__List__arxiv__Type): 'Arxiv' is not one of ArxivListing, ArxivApi, HfDaily, Feed, OpenAlex, SemanticScholar" },
        { ["status", "--data", "{data}"], ["DigestBot__Sources__List__arxiv__Categories=cs.LG"], "digestbot: DigestBot:Sources:List:arxiv:Categories (env DigestBot__Sources__List__arxiv__Categories): is a list, not a single value: set DigestBot__Sources__List__arxiv__Categories__0, __1, …" },
        { ["--data", "{data}"], ["DigestBot__Sources__List__arxiv__Schedule=often"], "digestbot: DigestBot:Sources:List:arxiv:Schedule 'often' is not a Quartz cron expression (e.g. 0 0 6 ? * MON-FRI)" },
        { ["--data", "{data}"], ["DigestBot__Sources__List__arxiv__Schedule=0 0 99 * * ?"], "digestbot: DigestBot:Sources:List:arxiv:Schedule '0 0 99 * * ?' is not a Quartz cron expression: its hour field 99 is not 0-23" },
        { ["--data", "{data}"], ["DigestBot__Digests__TimeZone=Mars/Olympus"], "digestbot: DigestBot:Digests:TimeZone 'Mars/Olympus' is not a known time zone (use an IANA name such as Europe/Berlin)" },
        { ["--data", "{data}"], ["DigestBot__Local__Interactive=x"], "digestbot: DigestBot:Local:Interactive (env DigestBot__Local__Interactive): 'x' is not true or false" },
        { ["--data", "{data}"], ["DigestBot__Cooldowns__Search__PerUser=2.00:00:00"], "digestbot: DigestBot:Cooldowns:Search: PerUser and PerChannel must be 00:00:00-1.00:00:00 (00:00:00 turns a cooldown off)" },
        { ["--data", "{data}"], ["DigestBot__Dashboard__ListenUrls=ftp://127.0.0.1:8081"], "digestbot: DigestBot:Dashboard:ListenUrls: 'ftp://127.0.0.1:8081' is not an http:// or https:// address without a path (such as http://127.0.0.1:8081)" },
        { ["--data", "{data}"], ["DigestBot__Dashboard__Discord__ClientId=123"], "digestbot: DigestBot:Dashboard:Discord: set ClientId, ClientSecret and RedirectUrl together for \"Log in with Discord\" (missing ClientSecret, RedirectUrl)" },
        { ["status", "--data", "{data}"], ["DigestBot__Digests__MaxPapersPerMessage=20"], "digestbot: DigestBot:Digests:MaxPapersPerMessage is 20: use 1-10 (a Discord message carries at most 10 embeds)" },
        { ["papers", "--data", "{data}"], ["DigestBot__Digests__MaxPapersPerMessage=0", "DigestBot__Digests__PauseAfterFailures=0"], "digestbot: DigestBot:Digests:MaxPapersPerMessage is 0: use 1-10 (a Discord message carries at most 10 embeds); DigestBot:Digests:PauseAfterFailures is 0: use 1 or more" },
        { ["search", "agents", "--data", "{data}"], ["DigestBot__Cooldowns__Search__PerUser=2.00:00:00"], "digestbot: DigestBot:Cooldowns:Search: PerUser and PerChannel must be 00:00:00-1.00:00:00 (00:00:00 turns a cooldown off)" },
        { ["--data", "{data}"], ["DigestBot__Summaries__MaxChars=5"], "digestbot: DigestBot:Summaries:MaxChars must be between 80 and 4000" },
        { ["--data", "{data}"], ["DigestBot__Semantic__Threads=0"], "digestbot: DigestBot:Semantic:Threads must be 1-64" },
        { ["status", "--data", "{data}"], ["Logging__LogLevel__Default=Verbose"], "digestbot: Logging:LogLevel:Default (env Logging__LogLevel__Default): 'Verbose' is not one of Trace, Debug, Information, Warning, Error, Critical, None" },
        { ["papers", "--limit", "abc", "--data", "{data}"], [], "--limit: 'abc' is not a whole number" },
        { ["seach", "layer", "--data", "{data}"], [], "unknown command 'seach' — did you mean search?" },
        { ["import", "{dir}", "--data", "{data}"], [], "import: {dir}: is a directory, not a file" },
        { ["import", "{temp}/nope.xml", "--data", "{data}"], [], "import: {temp}/nope.xml: no such file" },
        { ["backup", "{file}", "--data", "{data}"], [], "backup: {file} is a file, not a directory" },
        { ["restore", "{file}", "--data", "{data}"], [], "restore: {file} is a file, not a directory (give the backup's folder)" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_usage_or_configuration_error_exits_2_with_one_line_naming_what_is_wrong(string[] args, string[] environment, string line)
    {
        var file = _temp.Combine("a-file");
        await File.WriteAllTextAsync(file, "not a directory");
        Directory.CreateDirectory(_temp.Combine("a-dir"));
        string Fill(string s) => s.Replace("{data}", _temp.Combine("data"), StringComparison.Ordinal).Replace("{file}", file, StringComparison.Ordinal)
            .Replace("{dir}", _temp.Combine("a-dir"), StringComparison.Ordinal).Replace("{temp}", _temp.Path, StringComparison.Ordinal);
        var env = environment.Select(e => e.Split('=', 2)).ToDictionary(e => e[0], e => Fill(e[1]));

        var (code, stdout, stderr) = await DigestBotProcess.RunAsync(args.Select(Fill), env);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal(Fill(line), Assert.Single(stderr.TrimEnd().Split('\n')));
        CliParseErrorTests.AssertNoTypeNames(stderr);
    }

    [Fact]
    public async Task A_setting_a_command_reads_late_refuses_it_before_it_changes_anything_whatever_the_data_directory_holds()
    {
        var data = _temp.Combine("data");
        var wrong = new Dictionary<string, string> { ["DigestBot__Digests__DefaultSchedule"] = "hourly" };

        // Before: the watch was stored, then the channel's default schedule was read and refused (exit 2 all the same).
        var refused = await DigestBotProcess.RunAsync(["watch", "add", "agents", "--data", data], wrong);
        Assert.Equal(2, refused.ExitCode);
        Assert.StartsWith("digestbot: DigestBot:Digests:DefaultSchedule: 'hourly' is not a schedule", Assert.Single(refused.Stderr.TrimEnd().Split('\n')), StringComparison.Ordinal);
        Assert.False(Directory.Exists(data), "the refused command created the data directory");

        // With papers and a watch stored, a command that never reads the digests' settings is refused the same way.
        Assert.Equal(0, (await DigestBotProcess.RunAsync("watch", "add", "agents", "--data", data)).ExitCode);
        var status = await DigestBotProcess.RunAsync(["status", "--data", data], wrong);
        var list = await DigestBotProcess.RunAsync("watch", "list", "--json", "--data", data);

        Assert.Equal((2, string.Empty), (status.ExitCode, status.Stdout));
        Assert.Single(System.Text.Json.JsonDocument.Parse(list.Stdout).RootElement.EnumerateArray());
    }

    [Fact]
    public async Task Commands_run_from_a_shell_do_without_the_credentials_only_the_bot_uses_and_the_bot_start_still_asks_for_them()
    {
        // Discord's token and the dashboard's client secret often live only in the service's environment.
        var data = _temp.Combine("data");
        var serviceSettings = new Dictionary<string, string>
        {
            ["DigestBot__Discord__Mode"] = "Gateway",
            ["DigestBot__Dashboard__Discord__ClientId"] = "1030118727418646629",
            ["DigestBot__Dashboard__Discord__RedirectUrl"] = "https://digest.example.org/login/discord/callback",
        };

        var status = await DigestBotProcess.RunAsync(["status", "--json", "--data", data], serviceSettings);
        var search = await DigestBotProcess.RunAsync(["search", "agents", "--data", data], serviceSettings);
        var bot = await DigestBotProcess.RunAsync(["--data", data], serviceSettings);

        Assert.Equal((0, string.Empty), (status.ExitCode, status.Stderr));
        Assert.Equal(0, System.Text.Json.JsonDocument.Parse(status.Stdout).RootElement.GetProperty("papers").GetInt32());
        Assert.Equal(0, search.ExitCode);
        Assert.Equal(2, bot.ExitCode);
        var line = Assert.Single(bot.Stderr.TrimEnd().Split('\n'));
        Assert.StartsWith("digestbot: DigestBot:Discord:Token is required in Gateway mode (set the environment variable DigestBot__Discord__Token)", line, StringComparison.Ordinal);
        Assert.Contains("(missing ClientSecret)", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_import_from_an_unreachable_url_is_one_line()
    {
        var (code, _, stderr) = await DigestBotProcess.RunAsync(
            ["import", "http://127.0.0.1:1/feed.xml", "--data", _temp.Combine("data")],
            new Dictionary<string, string> { ["DigestBot__Sources__RetryDelay"] = "00:00:00.010" });

        Assert.Equal(2, code);
        var line = Assert.Single(stderr.TrimEnd().Split('\n'));
        Assert.Equal("import: http://127.0.0.1:1/feed.xml: connection refused by 127.0.0.1:1", line);
        CliParseErrorTests.AssertNoTypeNames(stderr);
    }

    [Fact]
    public async Task An_arxiv_id_is_asked_of_the_arxiv_api_not_read_as_a_file_of_the_working_directory()
    {
        var (code, _, stderr) = await DigestBotProcess.RunAsync(
            ["import", "2606.13106", "--data", _temp.Combine("data")],
            new Dictionary<string, string>
            {
                ["DigestBot__Sources__RetryDelay"] = "00:00:00.010",
                ["DigestBot__Sources__ArxivRequestInterval"] = "00:00:00",
                ["DigestBot__Sources__List__api__Type"] = "ArxivApi",
                ["DigestBot__Sources__List__api__Categories__0"] = "cs.LG",
                ["DigestBot__Sources__List__api__Url"] = "http://127.0.0.1:1/api/query",
            });

        Assert.Equal(2, code);
        Assert.Equal("import: 2606.13106: connection refused by 127.0.0.1:1", Assert.Single(stderr.TrimEnd().Split('\n')));
    }
}
