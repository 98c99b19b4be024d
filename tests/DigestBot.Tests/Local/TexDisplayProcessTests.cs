using System.Text.Json;
using DigestBot.Tests.Sources;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Local;

/// <summary>
/// Titles and abstracts that carry TeX, as the digestbot executable prints them: math as readable text in what people
/// read (cards, search results, summaries, APA, digests), the TeX as stored in <c>--json</c> and BibTeX.
/// </summary>
public sealed class TexDisplayProcessTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string Data => _temp.Combine("data");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Paper_search_summary_and_apa_print_readable_text_and_their_json_and_bibtex_keep_the_tex_but_apa_json_is_readable()
    {
        await Run("import", TexPapers.SyntheticPath);
        await Run("import", Fixtures.RecordedPath(TexPapers.RecordedFile));

        var list = await Run("papers", "--limit", "20");
        var paper = await Run("paper", TexPapers.Planning);
        var paperJson = await Run("paper", TexPapers.Planning, "--json");
        var search = await Run("search", "theta");
        var searchJson = await Run("search", "theta", "--json");
        var delta = await Run("search", "delta");
        var summary = await Run("summary", TexPapers.Spending);
        var summaryJson = await Run("summary", TexPapers.Spending, "--json");
        var apa = await Run("cite", TexPapers.Spending, "--format", "apa");
        var apaJson = await Run("cite", TexPapers.Spending, "--format", "apa", "--json");
        var bibtex = await Run("cite", TexPapers.Spending);

        var listed = list.Stdout.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Contains(TexPapers.PlanningTitleReadable, listed);
        Assert.Contains(TexPapers.SpendingTitleReadable, listed);
        var lines = paper.Stdout.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Contains(TexPapers.PlanningTitleReadable, lines);
        Assert.Contains(TexPapers.DynamicsReadable, paper.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("$", paper.Stdout, StringComparison.Ordinal);
        using (var json = JsonDocument.Parse(paperJson.Stdout))
        {
            Assert.Equal(TexPapers.PlanningTitle, json.RootElement.GetProperty("title").GetString());
            Assert.Contains(TexPapers.Dynamics, json.RootElement.GetProperty("abstract").GetString(), StringComparison.Ordinal);
        }

        Assert.Contains($"1. {TexPapers.PlanningTitleReadable}", search.Stdout, StringComparison.Ordinal);
        Assert.Contains("deep learning-based F_**θ** is incredibly brittle", search.Stdout, StringComparison.Ordinal);
        using (var json = JsonDocument.Parse(searchJson.Stdout))
        {
            var hit = Assert.Single(json.RootElement.EnumerateArray());
            Assert.Equal(TexPapers.PlanningTitle, hit.GetProperty("title").GetString());
            Assert.Contains("$F_{\\\\**theta**}$", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        }

        Assert.Contains("model of **δ**-function interacting bosons", delta.Stdout, StringComparison.Ordinal);

        Assert.Contains(TexPapers.SpendingTitleReadable, summary.Stdout, StringComparison.Ordinal);
        Assert.Contains(TexPapers.SpendingAbstractReadable, summary.Stdout, StringComparison.Ordinal);
        using (var json = JsonDocument.Parse(summaryJson.Stdout))
        {
            Assert.Contains("$h: Z \\rightarrow X \\times Y$", json.RootElement.GetProperty("tldr").GetString(), StringComparison.Ordinal);
        }

        Assert.Contains($"(2024). {TexPapers.SpendingTitleReadable}. arXiv. https://doi.org/10.48550/arXiv.{TexPapers.Spending}", apa.Stdout, StringComparison.Ordinal);
        using (var json = JsonDocument.Parse(apaJson.Stdout))
        {
            // A reference to paste: the same readable text as shown, not TeX.
            Assert.Contains($"(2024). {TexPapers.SpendingTitleReadable}. arXiv.", json.RootElement.GetProperty("apa").GetString(), StringComparison.Ordinal);
        }

        Assert.Contains("title = {{R\\&D} spending, 40\\% of it on {$k$}-{NN}}", bibtex.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_digest_prints_readable_titles_and_summaries_and_its_dry_run_json_keeps_the_tex()
    {
        await Run("watch", "add", "cat:cs.LG", "--name", "ml");
        var notify = new Dictionary<string, string> { ["DigestBot__Sources__Freshness"] = "3650.00:00:00" };
        var imported = await DigestBotProcess.RunAsync(["import", TexPapers.SyntheticPath, "--notify", "--data", Data], notify);
        Assert.Equal(0, imported.ExitCode);

        var dryRun = await Run("digest", "--dry-run", "--json");
        var digest = await Run("digest");

        using (var json = JsonDocument.Parse(dryRun.Stdout))
        {
            Assert.Equal(
                [TexPapers.PlanningTitle, TexPapers.SpendingTitle],
                json.RootElement.GetProperty("papers").EnumerateArray().Select(p => p.GetProperty("title").GetString()).Order(StringComparer.Ordinal));
        }

        Assert.Contains("📚 2 new papers", digest.Stdout, StringComparison.Ordinal);
        var lines = digest.Stdout.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Contains(TexPapers.PlanningTitleReadable, lines);
        Assert.Contains(TexPapers.SpendingTitleReadable, lines);
        Assert.Contains("  " + TexPapers.SpendingAbstractReadable, lines);
        Assert.DoesNotContain("\\theta", digest.Stdout, StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string Stdout, string Stderr)> Run(params string[] args)
    {
        var result = await DigestBotProcess.RunAsync([.. args, "--data", Data]);
        Assert.True(result.ExitCode == 0, $"{string.Join(' ', args)} exited {result.ExitCode}: {result.Stderr}");
        return result;
    }
}
