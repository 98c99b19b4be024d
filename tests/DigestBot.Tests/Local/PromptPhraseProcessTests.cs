using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Local;

/// <summary>
/// The real bot's prompt keeps a phrase a phrase: a watch added there is stored with its quotes, and a phrase search
/// finds the papers with the words side by side, not every paper with both words somewhere.
/// </summary>
public sealed class PromptPhraseProcessTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);
    private readonly TempDirectory _temp = new();

    private string Data => _temp.Combine("data");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_phrase_watch_added_at_the_prompt_is_stored_with_its_quotes()
    {
        using (var bot = DigestBotProcess.Start(["--data", Data, "--interactive"]))
        {
            await bot.Input.WriteLineAsync("watch add \"layer normalization\" AND cat:cs.LG --name LN");
            bot.Input.Close();
            Assert.Equal(0, await bot.WaitForExitAsync(Limit));
        }

        Assert.Equal("\"layer normalization\" AND cat:cs.LG", await StoredQueryAsync("LN"));
    }

    [Fact]
    public async Task A_phrase_search_at_the_prompt_matches_fewer_papers_than_its_words()
    {
        var file = _temp.Combine("daily-page.jsonl");
        SnapshotFile.WriteDailyPage(file);
        Assert.Equal(0, (await DigestBotProcess.RunAsync("import", file, "--data", Data)).ExitCode);

        using var bot = DigestBotProcess.Start(["--data", Data, "--interactive"]);
        await bot.Input.WriteLineAsync("search layer normalization");
        await bot.Input.WriteLineAsync("search \"layer normalization\"");
        bot.Input.Close();
        Assert.Equal(0, await bot.WaitForExitAsync(Limit));

        var words = Count(bot.Stdout, "“layer normalization”");
        var phrase = Count(bot.Stdout, "\"layer normalization\"");
        Assert.True(phrase >= 1 && phrase < words, $"phrase {phrase}, words {words}");
    }

    /// <summary>The query of the watch named <paramref name="name"/>, from <c>watch list --json</c>.</summary>
    internal async Task<string?> StoredQueryAsync(string name)
    {
        var (code, stdout, stderr) = await DigestBotProcess.RunAsync("watch", "list", "--json", "--data", Data);
        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        return json.RootElement.EnumerateArray().Single(w => w.GetProperty("name").GetString() == name).GetProperty("query").GetString();
    }

    /// <summary>N from the <c>N papers match QUERY; showing …</c> line of that query (0 when none match).</summary>
    private static int Count(string output, string query)
    {
        var match = Regex.Match(output, $@"(\d+) papers? match(?:es)? {Regex.Escape(query)}(?:;|\r?$)", RegexOptions.Multiline);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
    }
}
