using System.Text.Json;
using DigestBot.Tests.Sources;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Papers;

/// <summary>
/// Through the real executable: the recorded Semantic Scholar paper with only <c>year: 2021</c> is dated 2021 on its
/// card, in its BibTeX and APA, and is not "recent" to <c>--since</c> (the real clock is past 2021).
/// </summary>
public sealed class YearOnlyDateProcessTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string Data => _temp.Combine("data");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_year_only_paper_is_dated_by_its_year_on_its_card_in_citations_and_in_date_windows()
    {
        var import = await DigestBotProcess.RunAsync("import", Fixtures.RecordedPath(YearOnlyPaper.Recording), "--data", Data);
        Assert.Equal(0, import.ExitCode);

        var card = await DigestBotProcess.RunAsync("paper", YearOnlyPaper.Doi, "--data", Data);
        var bibtex = await DigestBotProcess.RunAsync("cite", YearOnlyPaper.Doi, "--data", Data);
        var apa = await DigestBotProcess.RunAsync("cite", YearOnlyPaper.Doi, "--format", "apa", "--data", Data);
        var all = await DigestBotProcess.RunAsync("search", "syntax", "--json", "--data", Data);
        var recent = await DigestBotProcess.RunAsync("search", "syntax", "--since", "30d", "--json", "--data", Data);

        Assert.Contains("Published: 2021", card.Stdout, StringComparison.Ordinal);
        Assert.Contains("{mcdonald2021syntax,", bibtex.Stdout, StringComparison.Ordinal);
        Assert.Contains("  year = {2021}", bibtex.Stdout, StringComparison.Ordinal);
        Assert.StartsWith("McDonald, C., & Chiang, D. (2021).", apa.Stdout, StringComparison.Ordinal);
        using (var hits = JsonDocument.Parse(all.Stdout))
        {
            var hit = hits.RootElement.EnumerateArray().Single();
            Assert.Equal("2021-01-01T00:00:00Z", hit.GetProperty("published").GetString());
            Assert.Equal("year", hit.GetProperty("publishedPrecision").GetString());
        }

        Assert.Equal(0, recent.ExitCode);
        using var none = JsonDocument.Parse(recent.Stdout);
        Assert.Equal(0, none.RootElement.GetArrayLength());
    }
}
