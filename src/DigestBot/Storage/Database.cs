using System.Reflection;
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
        var created = !File.Exists(path);
        try
        {
            Lite = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct }, Mapper);
        }
        catch (Exception e) when (e is LiteException or IOException or InvalidDataException)
        {
            throw new StartupException($"cannot open {path}: {e.Message}", ExitCodes.Failure, e);
        }

        // A new file runs every migration: that is one fact (a new database), not a list of upgrades to report.
        var version = SchemaMigrator.Migrate(Lite, migrations.ToList(), logger, created ? LogLevel.Debug : LogLevel.Information);
        if (created)
        {
            logger.LogInformation("Created a new database at {Path} (schema {Version})", path, version);
        }
    }

    private static readonly MethodInfo EntityMethod = typeof(BsonMapper).GetMethod(nameof(BsonMapper.Entity))!;

    private readonly HashSet<Type> _mapped = [];

    public LiteDatabase Lite { get; }

    public BsonMapper Mapper { get; }

    /// <summary>
    /// A store's collection. LiteDB builds a type's mapper in place on first use and publishes it before its members
    /// are filled in, so two threads storing a type for the first time at once can see it half built ("Collection was
    /// modified"). The mappers of <typeparamref name="T"/> and of every type it holds are therefore built here, once,
    /// when the store is created and before anything runs concurrently.
    /// </summary>
    public ILiteCollection<T> Collection<T>(string name)
    {
        lock (_mapped)
        {
            Map(typeof(T));
        }

        return Lite.GetCollection<T>(name);
    }

    public void Dispose() => Lite.Dispose();

    /// <summary>Our own record types, through arrays and lists; framework types map themselves.</summary>
    private void Map(Type type)
    {
        if (type.IsArray)
        {
            Map(type.GetElementType()!);
            return;
        }

        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments())
            {
                Map(argument);
            }

            return;
        }

        if (!type.IsClass || type.Namespace?.StartsWith(nameof(DigestBot), StringComparison.Ordinal) != true || !_mapped.Add(type))
        {
            return;
        }

        EntityMethod.MakeGenericMethod(type).Invoke(Mapper, null);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<BsonIgnoreAttribute>() is null)
            {
                Map(property.PropertyType);
            }
        }
    }
}
