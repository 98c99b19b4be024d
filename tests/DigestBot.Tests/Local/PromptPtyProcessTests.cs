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
}
