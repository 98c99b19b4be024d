using DigestBot.Citations;
using DigestBot.Commands;
using DigestBot.DiscordBot;
using DigestBot.Semantic;
using DigestBot.Sources;
using DigestBot.Storage;
using DigestBot.Summaries;
using DigestBot.Tests.Local;
using DigestBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Tests.Commands;

/// <summary><c>help</c> over the app's real command set, rendered for the terminal and for Discord.</summary>
public class HelpCommandTests
{
    private static readonly CommandOrigin Discord = new(7, 500, 9, "discord");

    /// <summary>Every command the app registers.</summary>
    private static IReadOnlyList<CommandRegistration> AppRegistrations() => AppCommands.Registrations();

    private static ICommandHandler NotRun() => throw new InvalidOperationException("help lists commands; it runs none");

    private static Reply Help(CommandOrigin origin, IReadOnlyList<CommandRegistration>? registrations = null) =>
        new HelpCommand(registrations ?? AppRegistrations())
            .HandleAsync(new CommandRequest(HelpCommand.Definition, new Dictionary<string, object>(), origin), CancellationToken.None)
            .AsTask().GetAwaiter().GetResult();

    [Fact]
    public void Help_with_a_command_lists_that_command_or_its_family_and_an_unknown_one_is_refused()
    {
        Reply For(string command) => new HelpCommand(AppRegistrations())
            .HandleAsync(new CommandRequest(HelpCommand.Definition, new Dictionary<string, object> { ["command"] = command }, CommandOrigin.Cli), CancellationToken.None)
            .AsTask().GetAwaiter().GetResult();

        var watch = Assert.Single(For("watch").Cards);
        var search = Assert.Single(For("/search").Cards);
        var refused = Assert.Throws<CommandInputException>(() => For("seach"));

        Assert.NotEmpty(watch.Fields);
        Assert.All(watch.Fields, f => Assert.StartsWith("watch ", f.Name, StringComparison.Ordinal));
        Assert.Contains(watch.Fields, f => f.Name.StartsWith("watch add ", StringComparison.Ordinal));
        Assert.Equal("Every option, described: watch --help", watch.Footer);
        Assert.StartsWith("search ", Assert.Single(search.Fields).Name, StringComparison.Ordinal);
        Assert.Null(For("search").Text);
        Assert.Equal("help: there is no command 'seach' (help lists them)", refused.Message);
    }

    [Fact]
    public void In_Discord_help_is_one_valid_embed_with_every_slash_command_and_its_example()
    {
        var definitions = AppRegistrations().Select(r => r.Definition).ToList();

        var message = Assert.Single(DiscordPayloads.RenderValid(Help(Discord)));

        var embed = Assert.Single(message.Embeds!);
        Assert.Equal("DigestBot commands", embed.Title);
        Assert.StartsWith("DigestBot collects new papers", message.Content, StringComparison.Ordinal);
        Assert.Equal(2, message.Content!.Split('\n').Length);
        var names = embed.Fields!.Select(f => f.Name).ToList();
        // Field text is escaped for Discord ("\[format\]" shows as "[format]").
        Assert.Equal(definitions.Where(d => !d.LocalOnly && !d.Hidden).Select(HelpForms.Slash).Order(StringComparer.Ordinal).Select(DiscordMarkdown.Escape), names);
        Assert.DoesNotContain(names, n => n.StartsWith("/import", StringComparison.Ordinal) || n.StartsWith("/reindex", StringComparison.Ordinal));
        var cite = embed.Fields!.Single(f => f.Name == DiscordMarkdown.Escape("/cite paper [format]"));
        Assert.EndsWith(DiscordMarkdown.Escape("e.g. /cite paper:2606.13392 format:apa"), cite.Value, StringComparison.Ordinal);
        Assert.EndsWith(DiscordMarkdown.Escape("e.g. /paper id:2606.13392"), embed.Fields!.Single(f => f.Name == "/paper id").Value, StringComparison.Ordinal);
        var examples = embed.Fields!.Select(f => f.Value.Split("e.g. ")).Where(p => p.Length == 2).Select(p => p[1]).ToList();
        Assert.NotEmpty(examples);
        Assert.All(examples, e => Assert.StartsWith("/", e, StringComparison.Ordinal));
        Assert.All(examples, e => Assert.DoesNotContain("--", e, StringComparison.Ordinal));
        Assert.True(message.Ephemeral);
    }

    [Fact]
    public void In_the_terminal_help_lists_cli_forms_after_the_intro()
    {
        var reply = Help(CommandOrigin.Cli);

        var (output, error) = DiscordPayloads.RenderConsole(reply);
        Assert.Equal(string.Empty, error);
        Assert.StartsWith(HelpCommand.Intro, output, StringComparison.Ordinal);
        Assert.Contains("  cite PAPER [--format FORMAT] [--json]: Cite papers as BibTeX or APA: one id, or several separated by spaces · e.g. cite 2606.13392 --format apa", output, StringComparison.Ordinal);
        Assert.Contains("  papers [--limit N] [--json]: ", output, StringComparison.Ordinal);
        Assert.Contains("  reindex: Rebuild the search index from the stored papers\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("  watch test QUERY [--days N] [--channel N] [--json]: Show what a watch query, or this channel's watch N, would have matched over the last days · e.g. watch test ti:diffusion --days 14", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Discord_only_shapes_stay_out_of_the_cli_and_local_only_commands_out_of_Discord()
    {
        var registrations = new[]
        {
            new CommandRegistration(new CommandDefinition("digest", "Send a digest now") { LocalOnly = true, Example = "--dry-run" }, NotRun),
            new CommandRegistration(new CommandDefinition("digest now", "Send a digest now") { DiscordOnly = true, Example = string.Empty }, NotRun),
        };

        Assert.Equal(["digest"], Assert.Single(Help(CommandOrigin.Prompt, registrations).Cards).Fields.Select(f => f.Name));
        Assert.Equal(["/digest now"], Assert.Single(Help(Discord, registrations).Cards).Fields.Select(f => f.Name));
    }

    [Fact]
    public void Every_example_uses_only_options_its_command_has()
    {
        foreach (var d in AppRegistrations().Select(r => r.Definition).Where(d => d.Example is not null))
        {
            var known = d.Options.Select(o => o.Name).Append("json").ToList();
            Assert.All(HelpForms.NamedOptions(d.Example!), name => Assert.True(known.Contains(name), $"{d.Name}: example uses --{name}"));
        }
    }

    [Theory]
    [InlineData("\"layer normalization\" AND cat:cs.LG --name LayerNorm", "/watch add query:\"layer normalization\" AND cat:cs.LG name:LayerNorm")]
    [InlineData("--channel 42", null)]
    [InlineData("ti:diffusion --days 14 --channel 3", "/watch add query:ti:diffusion")]
    public void Slash_examples_come_from_the_cli_example(string example, string? slash)
    {
        var definition = new CommandDefinition(
            "watch add",
            "Watch",
            [
                new CommandOption("query", "q") { Required = true, Positional = true },
                new CommandOption("name", "n"),
                new CommandOption("channel", "c", OptionType.Integer) { LocalOnly = true },
            ])
        {
            Example = example,
        };

        Assert.Equal(slash, HelpForms.SlashExample(definition));
    }
}
