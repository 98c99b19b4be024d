using LiteDB;
using Microsoft.Extensions.Logging;

namespace DigestBot.Storage;

/// <summary>
/// The one <see cref="LiteDatabase"/> of the process (LiteDB is the system of record), with its own
/// <see cref="BsonMapper"/> and a schema version kept in the file's user version. Stores for each feature take
/// their collections from here and register their mappings on <see cref="Mapper"/>.
/// </summary>
public sealed class Database : IDisposable
{
    public const string FileName = "digestbot.db";

    public Database(DataDirectory directory, IEnumerable<IMigration> migrations, ILogger<Database> logger)
    {
        Mapper = StorageBson.CreateMapper();
        var path = directory.Combine(FileName);
        try
        {
            Lite = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct }, Mapper);
        }
        catch (Exception e) when (e is LiteException or IOException or InvalidDataException)
        {
            throw new StartupException($"cannot open {path}: {e.Message}", ExitCodes.Failure, e);
        }

        SchemaMigrator.Migrate(Lite, migrations.ToList(), logger);
    }

    public LiteDatabase Lite { get; }

    public BsonMapper Mapper { get; }

    public ILiteCollection<T> Collection<T>(string name) => Lite.GetCollection<T>(name);

    public void Dispose() => Lite.Dispose();
}
