using System.Text.Json;
using DigestBot.Citations;
using DigestBot.Commands;
using DigestBot.Papers;
using DigestBot.Storage;
using DigestBot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Tests.Citations;

/// <summary><c>cite</c> through the command pipeline, shown by the console renderer and by the Discord renderer.</summary>
public sealed class CiteCommandTests : IDisposable
{
    private static readonly CommandOrigin Discord = new(7, 500, 9, "discord");
    private readonly TempDirectory _temp = new();
    private readonly ServiceProvider _services;

    public CiteCommandTests()
    {
        var config = new Dictionary<string, string?> { ["DigestBot:Storage:DataDirectory"] = _temp.Combine("data") };
        _services = TestApp.Services(config, o => o.Use<TimeProvider>(new FakeTimeProvider(Sources.Fixtures.SeenAt))).BuildWithStorage();
        _services.GetRequiredService<PaperStore>().UpsertBatch([.. CitedPapers.All, CitedPapers.WithAuthors(400) with { Id = "2401.00001" }]);
    }

    public void Dispose()
    {
        _services.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public async Task BibTeX_prints_bare_in_the_terminal_and_as_a_bibtex_code_block_in_Discord()
    {
        var cli = await CiteAsync(CommandOrigin.Cli, "paper", "https://arxiv.org/abs/2405.13786v1");
        var discord = await CiteAsync(Discord, "paper", "2405.13786");

        var (output, error) = DiscordPayloads.RenderConsole(cli);
        Assert.Equal(string.Empty, error);
        Assert.Equal(BibTex.Format(CitedPapers.Get("2405.13786")) + Environment.NewLine, output);
        var message = Assert.Single(DiscordPayloads.RenderValid(discord));
        Assert.StartsWith("```bibtex\n@misc{ramirez2024explainable,\n  title = {Towards", message.Content, StringComparison.Ordinal);
        Assert.EndsWith("url = {https://arxiv.org/abs/2405.13786}\n}\n```", message.Content, StringComparison.Ordinal);
        Assert.Contains("Ramírez, Aurora and Berrios, Mario", message.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_gives_the_key_and_entry_or_the_apa_text()
    {
        var bibtex = await CiteAsync(CommandOrigin.Cli, "paper", "2503.05378");
        var apa = await CiteAsync(CommandOrigin.Cli, "paper", "2503.05378", "format", "APA");

        using var bibJson = JsonDocument.Parse(JsonOutput.Serialize(bibtex.Data));
        using var apaJson = JsonDocument.Parse(JsonOutput.Serialize(apa.Data));
        Assert.Equal(["key", "bibtex"], bibJson.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("kertusha2025survey", bibJson.RootElement.GetProperty("key").GetString());
        Assert.StartsWith("@misc{kertusha2025survey,", bibJson.RootElement.GetProperty("bibtex").GetString(), StringComparison.Ordinal);
        Assert.Equal(["apa"], apaJson.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(apa.Text, apaJson.RootElement.GetProperty("apa").GetString());
    }

    [Fact]
    public async Task APA_is_text_in_both_renderers()
    {
        var reply = await CiteAsync(Discord, "paper", "1303.6954", "format", "apa");

        Assert.Null(reply.Code);
        Assert.StartsWith("Kulchytskyy, B., Gervais, G., & Del Maestro, A. (2013). Local Superfluidity", DiscordPayloads.RenderConsole(reply).Output, StringComparison.Ordinal);
        var message = Assert.Single(DiscordPayloads.RenderValid(reply));
        Assert.Contains("Del Maestro, A. (2013)", message.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Four_hundred_authors_fit_one_Discord_message_with_and_others_while_the_terminal_gets_them_all()
    {
        var discord = await CiteAsync(Discord, "paper", "2401.00001");
        var cli = await CiteAsync(CommandOrigin.Cli, "paper", "2401.00001");

        var message = Assert.Single(DiscordPayloads.RenderValid(discord));
        Assert.Contains("Family50, Given50 and others},", message.Content, StringComparison.Ordinal);
        Assert.EndsWith("\n}\n```", message.Content, StringComparison.Ordinal);
        Assert.Contains("Family400, Given400},", DiscordPayloads.RenderConsole(cli).Output, StringComparison.Ordinal);
        Assert.Contains("Family400, Given400},", ((BibTexCitation)discord.Data!).Bibtex, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no paper 2412.99999 here — try", "paper", "2412.99999")] // then /search in Discord, search here (PaperReferenceResolutionTests)
    [InlineData("cite: format must be bibtex or apa (got 'mla')", "paper", "2405.13786", "format", "mla")]
    [InlineData("'nonsense' is not a paper id", "paper", "nonsense")]
    [InlineData("cite: paper is required")]
    public async Task Bad_input_is_one_line_ephemeral_in_Discord_and_on_stderr_locally(string message, params string[] options)
    {
        var discord = await CiteAsync(Discord, options);
        var cli = await CiteAsync(CommandOrigin.Cli, options);

        Assert.Equal(ReplyKind.Invalid, discord.Kind);
        Assert.StartsWith(message, discord.Text, StringComparison.Ordinal);
        var rendered = Assert.Single(DiscordPayloads.RenderValid(discord));
        Assert.True(rendered.Ephemeral);
        var (output, error) = DiscordPayloads.RenderConsole(cli);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith(message, error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Theory]
    [InlineData("2412.99999v2", "no paper 2412.99999 here — try search, or import 2412.99999 to fetch it from arXiv")]
    [InlineData("https://doi.org/10.1038/NATURE99999", "no paper 10.1038/nature99999 here — try search, or import 10.1038/nature99999 to fetch it from OpenAlex")]
    [InlineData("https://openalex.org/W2741809807", "no paper W2741809807 here — try search, or import W2741809807 to fetch it from OpenAlex")]
    [InlineData("https://www.semanticscholar.org/paper/649def34f8be52c8b66281af98ae884c09aef38b", "no paper 649def34f8be52c8b66281af98ae884c09aef38b here — try search, or import 649def34f8be52c8b66281af98ae884c09aef38b to fetch it from Semantic Scholar")]
    public async Task Paper_says_the_same_line_for_an_unknown_id(string id, string message)
    {
        var reply = await _services.GetRequiredService<CommandDispatcher>().DispatchAsync(
            "paper", new Dictionary<string, object> { ["id"] = id }, CommandOrigin.Cli, CancellationToken.None);

        Assert.Equal(ReplyKind.Invalid, reply.Kind);
        Assert.Equal(message, reply.Text);
    }

    private Task<Reply> CiteAsync(CommandOrigin origin, params string[] options)
    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        for (var i = 0; i < options.Length; i += 2)
        {
            values[options[i]] = options[i + 1];
        }

        return _services.GetRequiredService<CommandDispatcher>().DispatchAsync("cite", values, origin, CancellationToken.None);
    }
}
