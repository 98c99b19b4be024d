using System.Text.Json;
using DigestBot.Commands;
using DigestBot.PaperCards;
using DigestBot.Papers;
using DigestBot.Sources;
using DigestBot.Storage;
using DigestBot.Tests.Sources;
using DigestBot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Tests.Papers;

/// <summary>
/// <c>merge ID</c> shows why a paper joined a record of another source, <c>merge ID --undo</c> splits it back. The pair
/// is Faster R-CNN: its arXiv record (Semantic Scholar, DOI left out as an arXiv listing has it) and its TPAMI version
/// (OpenAlex).
/// </summary>
public sealed class MergeCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly ServiceProvider _services;

    public MergeCommandTests()
    {
        var config = new Dictionary<string, string?> { ["DigestBot:Storage:DataDirectory"] = _temp.Combine("data") };
        _services = TestApp.Services(config, o => o.Use<TimeProvider>(new FakeTimeProvider(Fixtures.SeenAt.AddDays(2)))).BuildWithStorage();
    }

    private PaperStore Store => _services.GetRequiredService<PaperStore>();

    public void Dispose()
    {
        _services.Dispose();
        _temp.Dispose();
    }

    private void StoreThePair()
    {
        var preprint = SemanticScholarParser.Parse(Fixtures.Recorded("semantic_scholar_paper_search_2026-03_attention_mechanism_5.json"), Fixtures.SeenAt)
            .Items.Single(i => i.Paper.Id == "1506.01497").Paper with { Dois = [] };
        var journal = OpenAlexParser.Parse(Fixtures.Recorded("openalex_works_search_2026-03_attention_mechanism_5.json"), Fixtures.SeenAt.AddDays(1))
            .Items.Single(i => i.Paper.Id == "doi:10.1109/tpami.2016.2577031").Paper;
        Store.Upsert(preprint);
        Store.Upsert(journal);
    }

    [Fact]
    public async Task Merge_shows_the_evidence_a_paper_was_merged_on()
    {
        StoreThePair();

        var reply = await DispatchAsync("https://doi.org/10.1109/TPAMI.2016.2577031", undo: false);

        Assert.Equal(ReplyKind.Ok, reply.Kind);
        var lines = reply.Text!.Split('\n');
        Assert.Equal("1506.01497 was merged by title, author and year:", lines[0]);
        Assert.Matches(
            @"^  m\d+ 2026-06-14: doi:10\.1109/tpami\.2016\.2577031 joined 1506\.01497: title ""faster r cnn towards real time object detection with region proposal networks"", authors girshick, he, ren, sun, years 2015 and 2016$",
            lines[1]);
        using var json = JsonDocument.Parse(JsonOutput.Serialize(reply.Data));
        var merge = json.RootElement[0];
        Assert.Equal(["id", "paperId", "storedId", "incomingId", "evidence", "mergedAt", "undoneAt"], merge.EnumerateObject().Select(p => p.Name));
        Assert.Equal("title+author+year", merge.GetProperty("evidence").GetProperty("rule").GetString());
        var card = PaperCard.Full(Store.Find(PaperId.Parse("1506.01497"))!);
        Assert.Equal("by title, author (girshick, he, ren, sun) and year (2015, 2016); undo: merge 1506.01497 --undo", card.Fields.Single(f => f.Name == "Merged").Value);
    }

    [Fact]
    public async Task Merge_undo_restores_both_records_and_a_second_undo_has_nothing_to_do()
    {
        StoreThePair();

        var undo = await DispatchAsync("1506.01497", undo: true);
        var again = await DispatchAsync("1506.01497", undo: true);
        var listed = await DispatchAsync("1506.01497", undo: false);

        Assert.Equal(ReplyKind.Ok, undo.Kind);
        Assert.Matches(@"^Undid merge m\d+: 1506\.01497 and doi:10\.1109/tpami\.2016\.2577031 are two papers again, and will not be merged by title again\.$", undo.Text);
        Assert.Equal(2, Store.Count());
        Assert.Equal("doi:10.1109/tpami.2016.2577031", Store.Find(PaperId.Parse("10.1109/tpami.2016.2577031"))!.Id);
        Assert.Equal(["semantic-scholar"], Store.Find(PaperId.Parse("1506.01497"))!.Sources.Select(s => s.Source));
        Assert.Equal(ReplyKind.Invalid, again.Kind);
        Assert.Equal("merge: 1506.01497 has no merge by title to undo", again.Text);
        Assert.EndsWith(" (undone 2026-06-15)", listed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_paper_never_merged_by_title_says_so()
    {
        StoreThePair();
        Store.Upsert(new Paper { Id = "2401.00001", Title = "Another Paper Entirely", FirstSeen = Fixtures.SeenAt });

        var reply = await DispatchAsync("2401.00001", undo: false);

        Assert.Equal("2401.00001 was never merged by title: every record of it shared an id with it.", reply.Text);
    }

    private Task<Reply> DispatchAsync(string id, bool undo) =>
        _services.GetRequiredService<CommandDispatcher>().DispatchAsync(
            "merge", new Dictionary<string, object> { ["id"] = id, ["undo"] = undo }, CommandOrigin.Cli, CancellationToken.None);
}
