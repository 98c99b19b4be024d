using DigestBot.Commands;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Local;

/// <summary>
/// Every example <c>help</c> shows works pasted into a shell and typed at the prompt, and hands its command the same
/// options either way, the query above all.
/// </summary>
public sealed class HelpExampleTests
{
    /// <summary>The examples as help prints them in the terminal (<c>… · e.g. search '"layer normalization" …'</c>).</summary>
    public static TheoryData<string> Examples() => [.. ExampleLines()];

    private static List<string> ExampleLines()
    {
        var help = new HelpCommand(AppCommands.Registrations())
            .HandleAsync(new CommandRequest(HelpCommand.Definition, new Dictionary<string, object>(), CommandOrigin.Prompt), CancellationToken.None)
            .AsTask().GetAwaiter().GetResult();
        var (output, _) = DiscordPayloads.RenderConsole(help);
        return [.. output.Split('\n').Select(l => l.Split(" · e.g. ")).Where(p => p.Length == 2).Select(p => p[1].TrimEnd())];
    }

    [Fact]
    public async Task Help_shows_a_query_with_a_phrase_single_quoted_and_the_phrase_reaches_the_command()
    {
        var examples = ExampleLines();
        var prompt = new RecordingPrompt();

        Assert.Contains("search '\"sparse attention\" OR ti:diffusion' --since 2026-06-01", examples);
        Assert.Contains("watch add '\"reinforcement learning\" AND ti:policy' --name RL", examples);
        await prompt.RunAsync(examples.Single(e => e.StartsWith("search ", StringComparison.Ordinal)));
        Assert.Equal("\"sparse attention\" OR ti:diffusion", prompt.Option("query"));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Each_help_example_means_the_same_in_a_shell_and_at_the_prompt(string example)
    {
        var args = ShellCli.SplitAsShell(example);
        Assert.NotNull(args);
        var shell = await ShellCli.ParseAsync(args);
        var prompt = new RecordingPrompt();
        var (code, _, error) = await prompt.RunAsync(example);

        Assert.Null(shell.Problem);
        Assert.NotEqual(2, code);
        Assert.Equal(string.Empty, error);
        Assert.Equal(shell.Invocation!.Definition.Name, prompt.Received?.Command);
        Assert.Equal(
            shell.Invocation.Options.OrderBy(o => o.Key).Select(o => $"{o.Key}={Show(o.Value)}"),
            prompt.Received!.Value.Options.OrderBy(o => o.Key).Select(o => $"{o.Key}={Show(o.Value)}"));
    }

    private static string Show(object value) => value is string[] many ? string.Join(" | ", many) : $"{value}";
}
