using DigestBot.Papers;
using DigestBot.Storage;
using DigestBot.Tests.Support;
using LiteDB;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DigestBot.Tests.Storage;

public class DatabaseTests
{
    [Fact]
    public void A_new_database_is_migrated_to_the_latest_schema_version()
    {
        using var storage = new TestStorage();

        Assert.Equal(new PaperRevisionsSchema().Version, storage.Database.Lite.UserVersion);
        Assert.Contains(
            storage.Database.Lite.GetCollection("$indexes").Find(Query.EQ("collection", PaperStore.PapersCollection)),
            index => index["name"].AsString == "FirstSeen");
    }

    [Fact]
    public void Migrations_above_the_stored_version_run_in_order_once()
    {
        using var temp = new TempDirectory();
        var options = Options.Create(new StorageOptions { DataDirectory = temp.Combine("data") });
        var log = new List<int>();
        IMigration[] steps = [new RecordingMigration(2, log), new PapersSchema(), new RecordingMigration(3, log)];

        using (var dir = new DataDirectory(options, NullLogger<DataDirectory>.Instance))
        using (var db = Opened(new Database(dir, steps, NullLogger<Database>.Instance)))
        {
            Assert.Equal(3, db.Lite.UserVersion);
        }

        using (var dir = new DataDirectory(options, NullLogger<DataDirectory>.Instance))
        using (Opened(new Database(dir, steps, NullLogger<Database>.Instance)))
        {
        }

        Assert.Equal([2, 3], log);
    }

    [Fact]
    public void A_database_from_a_newer_digestbot_is_refused_with_one_clear_line()
    {
        using var temp = new TempDirectory();
        var options = Options.Create(new StorageOptions { DataDirectory = temp.Combine("data") });
        using (var dir = new DataDirectory(options, NullLogger<DataDirectory>.Instance))
        using (var db = Opened(new Database(dir, [new PapersSchema()], NullLogger<Database>.Instance)))
        {
            db.Lite.UserVersion = 9;
        }

        using var again = new DataDirectory(options, NullLogger<DataDirectory>.Instance);
        using var newer = new Database(again, [new PapersSchema()], NullLogger<Database>.Instance);
        var e = Assert.Throws<StartupException>(newer.Open);

        Assert.Contains("schema version 9", e.Message, StringComparison.Ordinal);
        Assert.Contains("upgrade digestbot", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_database_is_said_in_one_line_and_its_migration_steps_only_at_debug()
    {
        using var temp = new TempDirectory();
        var log = new LogLines();

        Open(temp, [new PapersSchema(), new PaperRevisionsSchema()], log);

        var path = temp.Combine("data", Database.FileName);
        Assert.Equal([$"Created a new database at {path} (schema 2)"], Messages(log, LogLevel.Information));
        Assert.Equal(2, Messages(log, LogLevel.Debug).Count(m => m.StartsWith("Database migrated to schema", StringComparison.Ordinal)));
    }

    [Fact]
    public void Upgrading_an_existing_database_says_what_it_migrated()
    {
        using var temp = new TempDirectory();
        Open(temp, [new PapersSchema()], new LogLines());
        var log = new LogLines();

        Open(temp, [new PapersSchema(), new PaperRevisionsSchema()], log);

        var line = Assert.Single(Messages(log, LogLevel.Information));
        Assert.StartsWith("Database migrated to schema 2: ", line, StringComparison.Ordinal);
    }

    private static void Open(TempDirectory temp, IMigration[] steps, LogLines log)
    {
        using var factory = LoggerFactory.Create(b => b.AddProvider(log).SetMinimumLevel(LogLevel.Trace));
        var options = Options.Create(new StorageOptions { DataDirectory = temp.Combine("data") });
        using var dir = new DataDirectory(options, NullLogger<DataDirectory>.Instance);
        using var db = Opened(new Database(dir, steps, factory.CreateLogger<Database>()));
    }

    private static Database Opened(Database database)
    {
        database.Open();
        return database;
    }

    private static List<string> Messages(LogLines log, LogLevel level) => [.. log.Lines.Where(l => l.Level == level).Select(l => l.Message)];

    private sealed class RecordingMigration(int version, List<int> log) : IMigration
    {
        public int Version => version;

        public string Description => $"test step {version}";

        public void Apply(LiteDatabase database) => log.Add(version);
    }
}
