using System.Text.Json;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Sources.Ingestion;

/// <summary><c>digestbot import</c> on every recorded source file, as a user would run it.</summary>
public sealed class ImportProcessTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string Data => _temp.Combine("data");

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("arxiv_api_2016_classic_search_au-del_maestro_10_entries.xml", 10)]
    [InlineData("arxiv_api_2026-04_search_all-testing_10_entries.xml", 10)]
    [InlineData("arxiv_api_2026-04_idlist_two_ids_one_found.xml", 1)]
    [InlineData("arxiv_api_2026-04_idlist_versioned_2104.12255v1.xml", 1)]
    [InlineData("arxiv_api_2026-05_idlist_oldstyle_astro-ph_0601001.xml", 1)]
    [InlineData("arxiv_api_2026-04_zero_results.xml", 0)]
    [InlineData("arxiv_rss_2026-04-27_cs.AI_trimmed_3_items.xml", 3)]
    [InlineData("hf_daily_papers_2026-06-12_latest_limit30.json", 30)]
    [InlineData("openalex_works_search_2026-03_attention_mechanism_5.json", 5)]
    [InlineData("semantic_scholar_paper_search_2026-03_attention_mechanism_5.json", 5)]
    public async Task Importing_a_recorded_file_prints_the_counts(string fixture, int papers)
    {
        var (code, stdout, _) = await DigestBotProcess.RunAsync("import", Fixtures.RecordedPath(fixture), "--data", Data);
        var again = await DigestBotProcess.RunAsync("import", Fixtures.RecordedPath(fixture), "--data", Data);

        Assert.Equal(0, code);
        Assert.Equal($"imported {papers} new, 0 updated, 0 unchanged, 0 skipped", stdout.Trim());
        Assert.Equal($"imported 0 new, 0 updated, {papers} unchanged, 0 skipped", again.Stdout.Trim());
    }

    [Fact]
    public async Task The_totals_of_one_file_are_printed_once_on_stdout_and_not_again_as_progress()
    {
        var (code, stdout, stderr) = await DigestBotProcess.RunAsync("import", Fixtures.RecordedPath("arxiv_rss_2026-04-27_cs.AI_trimmed_3_items.xml"), "--data", Data);

        Assert.Equal(0, code);
        Assert.Equal("imported 3 new, 0 updated, 0 unchanged, 0 skipped", stdout.Trim());
        Assert.DoesNotContain("3 new", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Several_files_get_each_one_s_counts_as_progress_and_the_totals_on_stdout()
    {
        var (code, stdout, stderr) = await DigestBotProcess.RunAsync(
            "import",
            Fixtures.RecordedPath("arxiv_rss_2026-04-27_cs.AI_trimmed_3_items.xml"),
            Fixtures.RecordedPath("openalex_works_search_2026-03_attention_mechanism_5.json"),
            "--data",
            Data);

        Assert.Equal(0, code);
        Assert.Equal("imported 8 new, 0 updated, 0 unchanged, 0 skipped", stdout.Trim());
        Assert.Contains("arxiv_rss_2026-04-27_cs.AI_trimmed_3_items.xml (arxiv-rss): 3 new, 0 updated, 0 unchanged, 0 skipped", stderr, StringComparison.Ordinal);
        Assert.Contains("openalex_works_search_2026-03_attention_mechanism_5.json (openalex): 5 new, 0 updated, 0 unchanged, 0 skipped", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("8 new", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("arxiv_api_2026-04_error_http400_bad_id.xml", "incorrect id format for abc")]
    [InlineData("arxiv_api_2007_classic_error_docs_example.xml", "")]
    public async Task An_error_document_imports_nothing_and_exits_2_with_its_message(string fixture, string message)
    {
        var (code, stdout, stderr) = await DigestBotProcess.RunAsync("import", Fixtures.RecordedPath(fixture), "--data", Data);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Imported_papers_are_listed_by_papers_json()
    {
        await DigestBotProcess.RunAsync("import", Fixtures.RecordedPath("arxiv_rss_2026-04-27_cs.AI_trimmed_3_items.xml"), "--data", Data);

        var (code, stdout, _) = await DigestBotProcess.RunAsync("papers", "--json", "--data", Data);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(
            ["2604.21935", "2604.21936", "2604.21937"],
            json.RootElement.EnumerateArray().Select(p => p.GetProperty("id").GetString()).Order());
        Assert.All(json.RootElement.EnumerateArray(), p => Assert.Equal("arxiv-rss", p.GetProperty("sources")[0].GetProperty("source").GetString()));
    }

    [Fact]
    public async Task A_missing_file_and_an_unknown_format_exit_2_with_one_line_each()
    {
        var missing = await DigestBotProcess.RunAsync("import", _temp.Combine("nope.xml"), "--data", Data);
        var format = await DigestBotProcess.RunAsync("import", Fixtures.RecordedPath("arxiv_rss_2026-04-27_cs.AI_trimmed_3_items.xml"), "--format", "csv", "--data", Data);

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("no such file", missing.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, format.ExitCode);
        Assert.Contains("unknown format 'csv'", format.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_unreadable_file_among_good_ones_is_reported_and_the_rest_imported()
    {
        var html = _temp.Combine("error.xml");
        await File.WriteAllTextAsync(html, "<html><head><title>502 Bad Gateway</title></head></html>");

        var (code, stdout, stderr) = await DigestBotProcess.RunAsync(
            "import", html, Fixtures.RecordedPath("arxiv_rss_2026-04-27_cs.AI_trimmed_3_items.xml"), "--data", Data);

        Assert.Equal(0, code);
        Assert.Equal("imported 3 new, 0 updated, 0 unchanged, 0 skipped", stdout.Trim());
        var line = Assert.Single(stderr.Split('\n'), l => l.Contains("not imported", StringComparison.Ordinal));
        Assert.StartsWith($"{html}: not imported: cannot tell the format; name it with --format ", line, StringComparison.Ordinal);
    }
}
