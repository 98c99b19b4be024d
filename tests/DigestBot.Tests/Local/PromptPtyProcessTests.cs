using DigestBot.Tests.Sources;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Local;

/// <summary>
/// The prompt as a person meets it: the real executable on a pseudo-terminal (no <c>--interactive</c>; it prompts
/// because stdin is a terminal), driven through util-linux <c>script</c>, which Debian ships in the essential
/// package bsdutils.
/// </summary>
public sealed class PromptPtyProcessTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_phrase_watch_typed_at_the_terminal_prompt_is_stored_with_its_quotes()
    {
        var data = _temp.Combine("data");
        using (var terminal = PtyTerminal.Start(data))
        {
            await terminal.WaitForAsync("digestbot> ");
            await terminal.TypeAsync("watch add \"layer normalization\" AND cat:cs.LG --name LN");
            await terminal.WaitForAsync("Watch 1 \"LN\" added");
            await terminal.TypeAsync("exit");
            Assert.Equal(0, await terminal.WaitForExitAsync());
        }

        var (code, stdout, stderr) = await DigestBotProcess.RunAsync("watch", "list", "--json", "--data", data);
        Assert.True(code == 0, stderr);
        Assert.Contains("\"query\": \"\\\"layer normalization\\\" AND cat:cs.LG\"", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, "\u001b[1mtesting\u001b[22m")]
    [InlineData(true, "**testing**")]
    public async Task Matched_words_are_bold_on_a_terminal_unless_NO_COLOR_is_set(bool noColor, string expected)
    {
        var data = _temp.Combine("data");
        var feed = _temp.Combine("testing.xml");
        await File.WriteAllBytesAsync(feed, Fixtures.Recorded("arxiv_api_2026-04_search_all-testing_10_entries.xml"));
        var (imported, _, importErrors) = await DigestBotProcess.RunAsync("import", feed, "--data", data);
        Assert.True(imported == 0, importErrors);

        using var terminal = PtyTerminal.Start(data, noColor);
        await terminal.WaitForAsync("digestbot> ");
        await terminal.TypeAsync("search testing --limit 1");
        await terminal.WaitForAsync("showing 1–1");
        await terminal.TypeAsync("exit");
        Assert.Equal(0, await terminal.WaitForExitAsync());

        Assert.Contains(expected, terminal.Screen, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Output_to_a_pipe_keeps_the_plain_bold_marks()
    {
        var data = _temp.Combine("data");
        var feed = _temp.Combine("testing.xml");
        await File.WriteAllBytesAsync(feed, Fixtures.Recorded("arxiv_api_2026-04_search_all-testing_10_entries.xml"));
        Assert.Equal(0, (await DigestBotProcess.RunAsync("import", feed, "--data", data)).ExitCode);

        var (code, stdout, stderr) = await DigestBotProcess.RunAsync("search", "testing", "--limit", "1", "--data", data);

        Assert.True(code == 0, stderr);
        Assert.Contains("**", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", stdout, StringComparison.Ordinal);
    }
}
