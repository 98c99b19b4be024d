using DigestBot.Commands;
using DigestBot.Maintenance;
using DigestBot.Papers;
using DigestBot.Storage;
using DigestBot.Tests.Support;
using DigestBot.Watches;
using LiteDB;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;

namespace DigestBot.Tests.Maintenance;

/// <summary>Backups taken in-process, as the running bot takes them for <c>digestbot backup</c>; and compaction.</summary>
public sealed class BackupTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly DigestsHarness _bot = new(TestPapers.Monday);

    public void Dispose()
    {
        _bot.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public void A_backup_holds_the_papers_watches_and_deliveries_and_says_so_in_its_manifest()
    {
        _bot.Get<PaperStore>().Upsert(TestPapers.Arxiv("2412.00003") with { Dois = ["10.1000/j"] });
        _bot.Owe(channel: 42, "2412.00001", "2412.00002");
        _bot.Get<WatchStore>().Add(0, 42, "ti:normalization", "norms", 0);

        var manifest = _bot.Get<BackupService>().Create(_temp.Combine("backup"));

        using var copy = new LiteDatabase(new ConnectionString { Filename = _temp.Combine("backup", "digestbot.db"), ReadOnly = true });
        Assert.Equal(3, manifest.Papers);
        Assert.Equal(_bot.Get<Database>().Lite.UserVersion, manifest.SchemaVersion);
        Assert.Equal(["2412.00001", "2412.00002", "2412.00003"], copy.GetCollection("papers").FindAll().Select(p => p["_id"].AsString).Order(StringComparer.Ordinal));
        Assert.Equal("2412.00003", copy.GetCollection("paper_aliases").FindById("doi:10.1000/j")["PaperId"].AsString);
        Assert.Equal("ti:normalization", copy.GetCollection("watches").FindAll().Single()["Query"].AsString);
        Assert.Equal(2, copy.GetCollection("deliveries").Count());
        Assert.Contains("\"papers\": 3", File.ReadAllText(_temp.Combine("backup", BackupManifest.FileName)), StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.Combine("backup", "digestbot.db.partial")));
    }

    [Fact]
    public void A_backup_into_the_data_directory_or_a_folder_inside_it_is_refused_and_writes_nothing()
    {
        var data = _bot.Get<DataDirectory>().Path;
        var before = Directory.GetFileSystemEntries(data, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

        foreach (var folder in new[] { data, data + Path.DirectorySeparatorChar, Path.Combine(data, "backups", "today") })
        {
            var refused = Assert.Throws<CommandInputException>(() => _bot.Get<BackupService>().Create(folder));
            Assert.Equal("backup: choose a folder outside the data directory", refused.Message);
        }

        Assert.Equal(before, Directory.GetFileSystemEntries(data, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Backups_taken_during_writes_hold_whole_batches_only()
    {
        // Every batch stores 10 new papers in one transaction: a consistent copy holds a multiple of 10 papers,
        // and its highest revision equals its count (each paper written once, in order).
        var store = _bot.Get<PaperStore>();
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(() =>
        {
            for (var batch = 0; !stop.IsCancellationRequested; batch++)
            {
                store.UpsertBatch([.. Enumerable.Range(0, 10).Select(i => TestPapers.Arxiv($"2501.{batch * 10 + i:D5}"))]);
            }
        });

        var counts = new List<(long Papers, long Revision)>();
        try
        {
            for (var i = 0; i < 5; i++)
            {
                await UntilStoredAsync(store, (i + 1) * 50, writer);
                var folder = _temp.Combine($"backup-{i}");
                _bot.Get<BackupService>().Create(folder);
                using var copy = new LiteDatabase(new ConnectionString { Filename = Path.Combine(folder, "digestbot.db"), ReadOnly = true });
                var papers = copy.GetCollection("papers");
                counts.Add((papers.Count(), papers.Max("$.Revision").AsInt64));
            }
        }
        finally
        {
            // The writer ends its batch before the store is disposed; how it ended is surfaced here or above.
            await stop.CancelAsync();
            await writer.WaitAsync(TimeSpan.FromMinutes(2))
                .ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ContinueOnCapturedContext);
        }

        await writer;

        Assert.All(counts, c => Assert.Equal(0, c.Papers % 10));
        Assert.All(counts, c => Assert.Equal(c.Papers, c.Revision));
        Assert.All(counts, c => Assert.True(c.Papers > 0));
    }

    /// <summary>
    /// Waits until the store holds <paramref name="count"/> papers. A writer that ended (it threw: nothing else stops
    /// it yet) ends the wait with its own exception; one that makes no progress fails the test after two minutes.
    /// </summary>
    private static async Task UntilStoredAsync(PaperStore store, int count, Task writer)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (store.Count() < count)
        {
            if (writer.IsCompleted)
            {
                await writer;
                Assert.Fail($"the writer stopped at {store.Count()} papers, short of {count}");
            }

            Assert.True(waited.Elapsed < TimeSpan.FromMinutes(2), $"the writer stored {store.Count()} of {count} papers in two minutes");
            await Task.Delay(1);
        }
    }

    [Fact]
    public async Task Compact_shrinks_the_file_after_removals_and_keeps_every_document_index_and_the_schema()
    {
        // 2,700 tombstones (an indexed collection over 2,550 documents): where LiteDB 5.0.21's own Rebuild fails.
        var store = _bot.Get<PaperStore>();
        var papers = Enumerable.Range(0, 3000).Select(i => TestPapers.Arxiv($"2501.{i:D5}") with { Abstract = new string('x', 1500) }).ToList();
        store.UpsertBatch(papers);
        store.Remove([.. papers.Skip(300).Select(p => p.Id)], TestPapers.Monday);
        _bot.Get<WatchStore>().Add(0, 42, "ti:normalization", "norms", 0);
        var data = _bot.Get<DataDirectory>();
        var database = _bot.Get<Database>();
        database.Lite.Checkpoint();
        var schema = database.Lite.UserVersion;
        var before = new FileInfo(data.Combine("digestbot.db")).Length;
        var command = new CompactCommand(database, data, new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance));

        var reply = await command.HandleAsync(
            new CommandRequest(CompactCommand.Definition, new Dictionary<string, object>(), CommandOrigin.Cli), CancellationToken.None);

        Assert.Equal(ReplyKind.Ok, reply.Kind);
        Assert.StartsWith("compacted digestbot.db: ", reply.Text, StringComparison.Ordinal);
        Assert.True(new FileInfo(data.Combine("digestbot.db")).Length < before / 2, reply.Text);
        using var compacted = new LiteDatabase(new ConnectionString { Filename = data.Combine("digestbot.db"), ReadOnly = true });
        Assert.Equal(schema, compacted.UserVersion);
        Assert.Equal(300, compacted.GetCollection("papers").Count());
        Assert.Equal(2700, compacted.GetCollection("paper_tombstones").Count());
        Assert.Equal("ti:normalization", compacted.GetCollection("watches").FindAll().Single()["Query"].AsString);
        var indexes = compacted.GetCollection("$indexes").FindAll().Select(i => $"{i["collection"].AsString}.{i["name"].AsString}").ToList();
        Assert.Contains("papers.FirstSeen", indexes);
        Assert.Contains("papers.Revision", indexes);
        Assert.Contains("watches.ChannelId", indexes);
        Assert.Contains("paper_tombstones.Revision", indexes);
        Assert.False(File.Exists(data.Combine("digestbot.db.compact")));
    }
}
