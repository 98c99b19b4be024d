using DigestBot.Papers;
using DigestBot.Storage;
using DigestBot.Tests.Support;
using LiteDB;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DigestBot.Tests.Storage;

public class DatabaseTests
{
    [Fact]
    public void A_new_database_is_migrated_to_the_latest_schema_version()
    {
        using var storage = new TestStorage();

        Assert.Equal(2, storage.Database.Lite.UserVersion);
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
        using (var db = new Database(dir, steps, NullLogger<Database>.Instance))
        {
            Assert.Equal(3, db.Lite.UserVersion);
        }

        using (var dir = new DataDirectory(options, NullLogger<DataDirectory>.Instance))
        using (new Database(dir, steps, NullLogger<Database>.Instance))
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
        using (var db = new Database(dir, [new PapersSchema()], NullLogger<Database>.Instance))
        {
            db.Lite.UserVersion = 9;
        }

        using var again = new DataDirectory(options, NullLogger<DataDirectory>.Instance);
        var e = Assert.Throws<StartupException>(() => new Database(again, [new PapersSchema()], NullLogger<Database>.Instance));

        Assert.Contains("schema version 9", e.Message, StringComparison.Ordinal);
        Assert.Contains("upgrade digestbot", e.Message, StringComparison.Ordinal);
    }

    private sealed class RecordingMigration(int version, List<int> log) : IMigration
    {
        public int Version => version;

        public string Description => $"test step {version}";

        public void Apply(LiteDatabase database) => log.Add(version);
    }
}
