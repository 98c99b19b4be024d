using DigestBot.Commands;
using DigestBot.Papers;
using DigestBot.Storage;
using LiteDB;
using Microsoft.Extensions.Logging;

namespace DigestBot.Maintenance;

/// <summary>
/// A consistent copy of the database, taken while the bot runs: a checkpoint moves LiteDB's write-ahead log into
/// the data file, and a transaction held open during the copy keeps any other checkpoint out, so the file stays
/// exactly as that checkpoint left it (writes meanwhile go to the log, and into the next backup).
/// </summary>
public sealed class BackupService(Database database, DataDirectory data, TimeProvider time, ILogger<BackupService> logger)
{
    public BackupManifest Create(string folder)
    {
        // Not the data directory nor a folder in it: deleting the data directory (how the README starts over) would take
        // the backup with it.
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var home = Path.TrimEndingDirectorySeparator(Path.GetFullPath(data.Path));
        if (target == home || target.StartsWith(home + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new CommandInputException("backup: choose a folder outside the data directory");
        }

        if (File.Exists(target))
        {
            throw new CommandInputException($"backup: {target} is a file, not a directory");
        }

        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            throw new CommandInputException($"backup: {target} is not empty; choose a new or empty folder");
        }

        // Owner-only, like the data directory: a backup holds everything the bot knows.
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(target);
        }
        else
        {
            Directory.CreateDirectory(target, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var copy = Path.Combine(target, Database.FileName);
        var partial = copy + ".partial";
        CopyConsistently(partial);
        var manifest = Verify(partial);
        File.Move(partial, copy);
        File.WriteAllText(Path.Combine(target, BackupManifest.FileName), JsonOutput.Serialize(manifest));
        logger.LogInformation("Backup written to {Folder}: {Papers} papers, schema {Schema}", target, manifest.Papers, manifest.SchemaVersion);
        return manifest;
    }

    private void CopyConsistently(string destination)
    {
        var lite = database.Lite;
        lite.Checkpoint();

        // Inside a transaction, which writes nothing: no other write reaches the file while it is copied.
        lite.InTransaction(() => File.Copy(data.Combine(Database.FileName), destination));
    }

    /// <summary>Opens the copy as LiteDB would after a restore: it must be readable and say what it holds.</summary>
    private BackupManifest Verify(string path)
    {
        using var copy = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct, ReadOnly = true });
        var papers = copy.GetCollection(PaperStore.PapersCollection).Count();
        return new BackupManifest(time.GetUtcNow(), copy.UserVersion, papers, new FileInfo(path).Length);
    }
}
