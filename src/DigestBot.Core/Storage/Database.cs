using System.Collections.Concurrent;
using System.Reflection;
using LiteDB;
using Microsoft.Extensions.Logging;

namespace DigestBot.Storage;

/// <summary>
/// The one <see cref="LiteDatabase"/> of the process (LiteDB is the system of record), with its own
/// <see cref="BsonMapper"/> and a schema version kept in the file's user version. Stores for each feature take
/// their collections from here and register their mappings on <see cref="Mapper"/>. Nothing is read or written before
/// <see cref="Open"/>, the first step of start-up (and of a CLI command that uses the data): a constructor does no I/O,
/// so a host that refuses its configuration has not touched the data directory.
/// </summary>
public sealed class Database(DataDirectory directory, IEnumerable<IMigration> migrations, ILogger<Database> logger) : IDisposable
{
    public const string FileName = "digestbot.db";

    private static readonly MethodInfo EntityMethod = typeof(BsonMapper).GetMethod(nameof(BsonMapper.Entity))!;

    private readonly Lock _opening = new();
    private readonly HashSet<Type> _mapped = [];
    private readonly ConcurrentDictionary<(string Name, Type Type), object> _collections = new();
    private LiteDatabase? _lite;

    /// <summary>The open database; reading it before <see cref="Open"/> is a wiring mistake, said as such.</summary>
    public LiteDatabase Lite => Volatile.Read(ref _lite)
        ?? throw new InvalidOperationException("the database is not open yet: start-up opens it (Database.Open) before anything uses it");

    public BsonMapper Mapper { get; } = StorageBson.CreateMapper();

    /// <summary>
    /// Takes the data directory's lock, opens the file and migrates its schema; a second call does nothing. A file that
    /// cannot be opened, or one from a newer digestbot, is a <see cref="StartupException"/> (one line, no stack).
    /// </summary>
    public void Open()
    {
        lock (_opening)
        {
            if (_lite is not null)
            {
                return;
            }

            directory.Open();
            var path = directory.Combine(FileName);
            var created = !File.Exists(path);
            LiteDatabase lite;
            try
            {
                lite = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct }, Mapper);
            }
            catch (Exception e) when (e is LiteException or IOException or InvalidDataException)
            {
                throw new StartupException($"cannot open {path}: {e.Message}", ExitCodes.Failure, e);
            }

            try
            {
                // A new file runs every migration: that is one fact (a new database), not a list of upgrades to report.
                var version = SchemaMigrator.Migrate(lite, migrations.ToList(), logger, created ? LogLevel.Debug : LogLevel.Information);
                if (created)
                {
                    logger.LogInformation("Created a new database at {Path} (schema {Version})", path, version);
                }
            }
            catch
            {
                lite.Dispose();
                throw;
            }

            Volatile.Write(ref _lite, lite);
        }
    }

    /// <summary>
    /// A store's collection, made once per name and type (stores ask on every use: the database opens after they are
    /// made). LiteDB builds a type's mapper in place on first use and publishes it before its members are filled in,
    /// so two threads storing a type for the first time at once can see it half built ("Collection was modified").
    /// The mappers of <typeparamref name="T"/> and of every type it holds are therefore built here, under one lock,
    /// before the collection is handed out.
    /// </summary>
    public ILiteCollection<T> Collection<T>(string name) =>
        (ILiteCollection<T>)_collections.GetOrAdd((name, typeof(T)), static (key, db) => db.Create<T>(key.Name), this);

    public void Dispose() => _lite?.Dispose();

    private ILiteCollection<T> Create<T>(string name)
    {
        var lite = Lite;
        lock (_mapped)
        {
            Map(typeof(T));
        }

        return lite.GetCollection<T>(name);
    }

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
