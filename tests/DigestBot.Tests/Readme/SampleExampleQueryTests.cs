using DigestBot.Commands;
using DigestBot.Search;
using DigestBot.Summaries;
using DigestBot.Tests.Local;
using DigestBot.Tests.Support;
using DigestBot.Watches;

namespace DigestBot.Tests.Readme;

/// <summary>
/// A newcomer imports the Hugging Face sample as the quick start says and then tries help's examples: every query
/// they show (search, watch add, watch test, summary topic, the watch help's opening sentence) finds a paper there,
/// instead of answering "No papers match".
/// </summary>
public sealed class SampleExampleQueryTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string Data => _temp.Combine("data");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Every_query_a_help_example_shows_finds_a_paper_after_the_quick_starts_import()
    {
        var sample = Path.Combine(RepositoryFiles.Root(), "samples", "hf-daily-papers-2026-06-12.json");
        Assert.Equal(0, (await DigestBotProcess.RunAsync("import", sample, "--data", Data)).ExitCode);
        var help = await new HelpCommand(AppCommands.Registrations())
            .HandleAsync(new CommandRequest(HelpCommand.Definition, new Dictionary<string, object>(), CommandOrigin.Prompt), CancellationToken.None);
        var (output, _) = DiscordPayloads.RenderConsole(help);
        var intro = output.Split('\n').Single(l => l.Contains("such as ", StringComparison.Ordinal));
        string[] queries =
        [
            intro[(intro.IndexOf("such as ", StringComparison.Ordinal) + "such as ".Length)..].TrimEnd('.'),
            Query(SearchCommand.Definition),
            Query(WatchAddCommand.Definition),
            Query(WatchTestCommand.Definition),
            SummaryTopicCommand.Definition.Example!.Replace("--topic ", string.Empty, StringComparison.Ordinal),
        ];

        foreach (var query in queries)
        {
            var (code, stdout, stderr) = await DigestBotProcess.RunAsync("search", query, "--limit", "1", "--data", Data);
            Assert.True(code == 0 && !stdout.StartsWith("No papers match", StringComparison.Ordinal), $"help's example query {query} finds nothing in the sample: {stdout}{stderr}");
        }
    }

    /// <summary>The query of a command's example: its text before the first option.</summary>
    private static string Query(CommandDefinition definition)
    {
        var example = definition.Example!;
        var option = example.IndexOf(" --", StringComparison.Ordinal);
        return option < 0 ? example : example[..option];
    }
}
