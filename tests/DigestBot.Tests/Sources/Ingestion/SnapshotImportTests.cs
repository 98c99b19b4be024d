using System.Globalization;
using DigestBot.Papers;
using DigestBot.Sources;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Sources.Ingestion;

public sealed class SnapshotImportTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _temp = new();
    private readonly SourcesHarness _bot = new(Now);

    public void Dispose()
    {
        _bot.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public async Task A_snapshot_is_stored_in_batches_with_progress_and_bad_lines_skipped_with_their_line_number()
    {
        var file = _temp.Combine("snapshot.json");
        SnapshotFile.Write(file, SnapshotImporter.BatchSize * 2 + 10, broken: [7, 9000]);
        var progress = new List<string>();

        var report = await Import(file, progress);

        Assert.Equal(SnapshotImporter.BatchSize * 2 + 8, report.Counts.New);
        Assert.Equal(2, report.Counts.Skipped);
        Assert.Equal(["line 7", "line 9000"], report.Skipped.Select(s => s.Item));
        Assert.Equal(report.Counts.New, _bot.Papers.Count());
        Assert.Empty(_bot.Papers.Announcements());
        Assert.Contains(progress, p => p.Contains("100.0%", StringComparison.Ordinal) && p.Contains("10,008 new", StringComparison.Ordinal));
        Assert.Equal(0, _bot.State("import:" + file).SuccessfulPolls);
        Assert.Null(_bot.State("import:" + file).Cursor);
    }

    [Fact]
    public async Task An_interrupted_import_resumes_after_the_last_stored_batch()
    {
        var file = _temp.Combine("snapshot.json");
        SnapshotFile.Write(file, 30);
        var offsetAfter20 = File.ReadLines(file).Take(20).Sum(l => l.Length + 1);
        _bot.Get<SourceStateStore>().Save(new SourceState
        {
            Id = "import:" + file,
            Cursor = offsetAfter20.ToString(CultureInfo.InvariantCulture),
            ItemsSeen = 20,
        });
        var progress = new List<string>();

        var report = await Import(file, progress);

        Assert.Equal(10, report.Counts.New);
        Assert.Null(_bot.Papers.Find(PaperId.Parse(SnapshotFile.Id(20))));
        Assert.NotNull(_bot.Papers.Find(PaperId.Parse(SnapshotFile.Id(21))));
        Assert.Contains(progress, p => p.Contains("resuming after line 20", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Importing_again_changes_nothing()
    {
        var file = _temp.Combine("snapshot.json");
        SnapshotFile.Write(file, 50);

        await Import(file, []);
        var again = await Import(file, []);

        Assert.Equal((0, 0, 50), (again.Counts.New, again.Counts.Updated, again.Counts.Unchanged));
    }

    private Task<ImportReport> Import(string file, List<string> progress) =>
        _bot.Get<ImportService>().ImportAsync(file, SourceFormat.Auto, notify: false, new ListProgress(progress), CancellationToken.None);

    private sealed class ListProgress(List<string> lines) : IProgress<string>
    {
        public void Report(string value) => lines.Add(value);
    }
}
