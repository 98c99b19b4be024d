using System.Globalization;
using DigestBot.Commands;
using DigestBot.Papers;
using DigestBot.Storage;
using LiteDB;
using Microsoft.Extensions.Hosting;

namespace DigestBot.Maintenance;

/// <summary>
/// <c>restore DIR [--force]</c>: puts a backup's database into the data directory. The bot must be stopped (a
/// running one refuses); a directory that already holds data is replaced only with <c>--force</c>. The search
/// index is left out, so it is rebuilt from the restored papers.
/// </summary>
public sealed class RestoreCommand(DataDirectory data, IEnumerable<IMigration> migrations, IHostApplicationLifetime lifetime) : ICommandHandler
{
    // The lock and a running bot's socket are not data.
    private static readonly string[] NotData = [DataDirectory.LockFileName, DataDirectory.ControlSocketFileName];

    public static CommandDefinition Definition { get; } = new(
        "restore",
        "Replace the data directory's database with a backup (stop the bot first)",
        [
            new CommandOption("dir", "Folder holding a backup") { Required = true, Positional = true, IsPath = true },
            new CommandOption("force", "Replace a data directory that already holds data", OptionType.Boolean),
        ])
    {
        MayBeSlow = true,
        LocalOnly = true,
        UsesDatabase = false,
    };

    public ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        // Here through the control socket: the database is open and in use, so it cannot be swapped underneath.
        if (lifetime.ApplicationStarted.IsCancellationRequested)
        {
            return ValueTask.FromResult(Reply.Failure($"restore: a running digestbot holds {data.Path}; stop it, then restore"));
        }

        var source = Path.GetFullPath(request.GetRequiredString("dir"));
        var backup = Path.Combine(source, Database.FileName);
        if (File.Exists(source))
        {
            throw new CommandInputException($"restore: {source} is a file, not a directory (give the backup's folder)");
        }

        if (!File.Exists(backup))
        {
            throw new CommandInputException($"restore: {source} holds no backup ({Database.FileName} is missing)");
        }

        var (schema, papers) = Inspect(backup);
        var latest = migrations.Max(m => m.Version);
        if (schema > latest)
        {
            throw new CommandInputException($"restore: the backup has schema version {schema} but this digestbot knows only up to {latest}: upgrade digestbot first");
        }

        var existing = Directory.EnumerateFileSystemEntries(data.Path).Where(e => !NotData.Contains(Path.GetFileName(e))).ToList();
        if (existing.Count > 0 && !request.GetBoolean("force"))
        {
            var names = string.Join(", ", existing.Select(Path.GetFileName).Order(StringComparer.Ordinal));
            throw new CommandInputException($"restore: {data.Path} already holds data ({names}); add --force to replace it");
        }

        foreach (var entry in existing)
        {
            if (Directory.Exists(entry))
            {
                Directory.Delete(entry, recursive: true);
            }
            else
            {
                File.Delete(entry);
            }
        }

        var partial = data.Combine(Database.FileName + ".partial");
        File.Copy(backup, partial, overwrite: true);
        File.Move(partial, data.Combine(Database.FileName));
        return ValueTask.FromResult(Reply.Message(string.Create(
            CultureInfo.InvariantCulture,
            $"restored {papers:N0} papers (schema {schema}) from {source} into {data.Path}; the search index is rebuilt from them at the next start")));
    }

    private static (int Schema, int Papers) Inspect(string path)
    {
        try
        {
            using var backup = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct, ReadOnly = true });
            return (backup.UserVersion, backup.GetCollection(PaperStore.PapersCollection).Count());
        }
        catch (Exception e) when (e is LiteException or IOException or InvalidDataException)
        {
            throw new CommandInputException($"restore: {path} is not a readable digestbot database ({e.Message})");
        }
    }
}
