using System.Text.Json;
using DigestBot.Tests.Sources;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Summaries;

/// <summary><c>digestbot summary</c> as users and their scripts run it.</summary>
public sealed class SummaryProcessTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string Data => _temp.Combine("data");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Summary_topic_json_prints_the_themes_with_the_documented_fields()
    {
        var (imported, _, importErrors) = await DigestBotProcess.RunAsync("import", Fixtures.RecordedPath("arxiv_api_2016_classic_search_au-del_maestro_10_entries.xml"), "--data", Data);
        Assert.True(imported == 0, importErrors);

        var (code, stdout, stderr) = await DigestBotProcess.RunAsync("summary", "--topic", "au:del_maestro", "--since", "2000-01-01", "--json", "--data", Data);

        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("au:del_maestro", json.RootElement.GetProperty("query").GetString());
        Assert.Equal("2000-01-01T00:00:00Z", json.RootElement.GetProperty("since").GetString());
        Assert.Equal(10, json.RootElement.GetProperty("matching").GetInt32());
        var themes = json.RootElement.GetProperty("themes").EnumerateArray().ToList();
        Assert.NotEmpty(themes);
        Assert.All(themes, t => Assert.Contains(
            t.GetProperty("representative").GetProperty("id").GetString(),
            t.GetProperty("papers").EnumerateArray().Select(p => p.GetProperty("id").GetString())));
    }

    [Theory]
    [InlineData("summary: give a paper ID, or --topic QUERY for the themes of a topic", "summary")]
    [InlineData("summary: give a paper ID or --topic QUERY, not both", "summary", "2412.13795", "--topic", "pruning")]
    [InlineData("summary: give a paper ID or --topic QUERY, not both", "summary", "2412.13795", "--topic", "agents", "OR", "diffusion")]
    [InlineData("summary: give a paper ID or --topic QUERY, not both ('2412.13795' after --topic is a paper ID; to search for it, write id:2412.13795)", "summary", "--topic", "agents", "2412.13795")]
    [InlineData("summary: give a paper ID or --topic QUERY, not both ('2412.13795' after --topic is a paper ID; to search for it, write id:2412.13795)", "summary", "--topic", "agents", "OR", "diffusion", "2412.13795", "--since", "30d")]
    public async Task Summary_without_exactly_one_of_id_and_topic_exits_2_with_one_line(string message, params string[] args)
    {
        var (code, stdout, stderr) = await DigestBotProcess.RunAsync([.. args, "--data", Data]);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal(message, stderr.Trim());
    }
}
