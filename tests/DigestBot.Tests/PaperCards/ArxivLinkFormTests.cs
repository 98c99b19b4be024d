using System.Text.Json;
using DigestBot.Tests.Sources;
using DigestBot.Tests.Support;
using LiteDB;

namespace DigestBot.Tests.PaperCards;

/// <summary>
/// arXiv links have one form wherever they are shown, https and unversioned as every source but the arXiv API gives
/// them (the card says which version is stored): for papers imported from the recorded arXiv API response, whose
/// entries link <c>http://arxiv.org/abs/1412.6529v2</c>, and for a record stored with such links before this rule.
/// </summary>
public sealed class ArxivLinkFormTests : IDisposable
{
    private const string Abs = "https://arxiv.org/abs/1412.6529";
    private const string Pdf = "https://arxiv.org/pdf/1412.6529";
    private readonly TempDirectory _temp = new();

    private string Data => _temp.Combine("data");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Papers_from_the_arxiv_api_link_to_https_unversioned_pages_in_the_card_json_and_search()
    {
        await ImportAsync();

        await AssertCanonicalAsync();
        var search = await DigestBotProcess.RunAsync("search", "Luttinger", "--json", "--data", Data);
        Assert.Equal(0, search.ExitCode);
        using var hits = JsonDocument.Parse(search.Stdout);
        var urls = hits.RootElement.EnumerateArray().Select(h => h.GetProperty("url").GetString()!).ToList();
        Assert.Contains(Abs, urls);
        Assert.All(urls, u => Assert.Matches(@"^https://arxiv\.org/abs/[0-9.]+$|^https://arxiv\.org/abs/[a-z-]+/[0-9]{7}$", u));
    }

    [Fact]
    public async Task A_record_stored_with_an_http_versioned_link_shows_the_one_form_without_a_migration()
    {
        await ImportAsync();
        using (var db = new LiteDatabase(new ConnectionString { Filename = Path.Combine(Data, "digestbot.db") }))
        {
            var papers = db.GetCollection("papers");
            var doc = papers.FindAll().Single(d => d["Links"]["Abs"].AsString.Contains("1412.6529", StringComparison.Ordinal));
            doc["Links"]["Abs"] = "http://arxiv.org/abs/1412.6529v2";
            doc["Links"]["Pdf"] = "http://arxiv.org/pdf/1412.6529v2";
            Assert.True(papers.Update(doc));
        }

        await AssertCanonicalAsync();
    }

    private async Task ImportAsync()
    {
        var import = await DigestBotProcess.RunAsync(
            "import", Fixtures.RecordedPath("arxiv_api_2016_classic_search_au-del_maestro_10_entries.xml"), "--data", Data);
        Assert.True(import.ExitCode == 0, import.Stderr);
    }

    private async Task AssertCanonicalAsync()
    {
        var json = await DigestBotProcess.RunAsync("paper", "1412.6529", "--json", "--data", Data);
        var card = await DigestBotProcess.RunAsync("paper", "1412.6529", "--data", Data);

        Assert.True(json.ExitCode == 0, json.Stderr);
        using (var paper = JsonDocument.Parse(json.Stdout))
        {
            var links = paper.RootElement.GetProperty("links");
            Assert.Equal(Abs, links.GetProperty("abs").GetString());
            Assert.Equal(Pdf, links.GetProperty("pdf").GetString());
            Assert.Equal(2, paper.RootElement.GetProperty("version").GetInt32());
        }

        Assert.Contains($"\n  {Abs}\n", card.Stdout, StringComparison.Ordinal);
        Assert.Contains($"arXiv: {Abs}  PDF: {Pdf}", card.Stdout, StringComparison.Ordinal);
        Assert.Contains("Version: v2", card.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("http://arxiv.org", card.Stdout, StringComparison.Ordinal);
    }
}
