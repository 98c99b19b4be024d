using System.Text.RegularExpressions;
using DigestBot.Commands;
using DigestBot.Tests.Local;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Readme;

/// <summary>
/// A newcomer imports <c>samples/</c> as the quick start says and then tries the examples: every paper the help
/// examples and the README's example commands name must be one of the samples' papers, or the example answers
/// "no paper … here".
/// </summary>
public sealed partial class SampleExampleIdTests
{
    /// <summary>The one paper the README names on purpose outside the samples: the example of a paper fetched when asked for.</summary>
    private const string FetchedExample = "1706.03762";

    [Fact]
    public async Task Every_paper_a_help_example_names_is_in_the_samples()
    {
        var samples = SampleText();
        var help = await new HelpCommand(AppCommands.Registrations())
            .HandleAsync(new CommandRequest(HelpCommand.Definition, new Dictionary<string, object>(), CommandOrigin.Prompt), CancellationToken.None);
        var (output, _) = DiscordPayloads.RenderConsole(help);
        var examples = AppCommands.Registrations().Select(r => r.Definition).SelectMany(d => new[] { HelpForms.CliExample(d), HelpForms.SlashExample(d) })
            .OfType<string>().ToList();

        Assert.Contains(examples, e => e.StartsWith("cite ", StringComparison.Ordinal) && output.Contains(e, StringComparison.Ordinal));
        var ids = examples.SelectMany(PaperIds).ToList();
        Assert.Contains(ids, id => examples.Contains($"paper {id}"));
        Assert.All(ids, id => Assert.True(samples.Contains(id, StringComparison.Ordinal), $"a help example names {id}, which samples/ does not hold"));
    }

    [Fact]
    public void Every_paper_an_example_command_in_the_readme_names_is_in_the_samples()
    {
        var samples = SampleText();
        var readme = File.ReadAllText(Path.Combine(RepositoryFiles.Root(), "README.md"));
        var commands = CodeSpan().Matches(readme).Select(m => m.Groups[1].Value)
            .Concat(CodeBlock().Matches(readme).SelectMany(m => m.Groups[1].Value.Split('\n')))
            .Select(c => c.Trim())
            .Where(c => ExampleCommand().IsMatch(c))
            .ToList();
        var ids = commands.SelectMany(c => PaperIds(c).Select(id => (Command: c, Id: id))).Where(i => i.Id != FetchedExample).ToList();

        Assert.Contains(ids, i => i.Command.StartsWith("digestbot> paper ", StringComparison.Ordinal));
        Assert.Contains($"`digestbot paper {FetchedExample}` asks arXiv for it", readme, StringComparison.Ordinal);
        Assert.All(ids, i => Assert.True(samples.Contains(i.Id, StringComparison.Ordinal), $"the README's `{i.Command}` names {i.Id}, which samples/ does not hold"));
    }

    private static string SampleText()
    {
        var folder = Path.Combine(RepositoryFiles.Root(), "samples");
        return string.Concat(Directory.GetFiles(folder).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).Select(File.ReadAllText));
    }

    private static IEnumerable<string> PaperIds(string text) => PaperId().Matches(text).Select(m => m.Value);

    [GeneratedRegex(@"\b\d{4}\.\d{4,5}\b|\b10\.\d{4,9}/[^\s'`]+")]
    private static partial Regex PaperId();

    [GeneratedRegex(@"`([^`\n]+)`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"```[a-z]*\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    /// <summary>A command a reader would run: a verb that takes a paper, or a query naming one (<c>like:</c>, <c>id:</c>).</summary>
    [GeneratedRegex(@"^(?:digestbot>? )?/?(?:paper|cite|similar|summary|merge|search|watch add|like:|id:)")]
    private static partial Regex ExampleCommand();
}
