using DigestBot.Commands;
using DigestBot.Storage;
using Microsoft.Extensions.Hosting;

namespace DigestBot.Maintenance;

/// <summary>
/// <c>compact</c>: rewrites the database without the space removed papers left, by copying it into a fresh file
/// (<see cref="DatabaseCompaction"/>) that then replaces it. The open database is closed for the swap, so this runs
/// only with the bot stopped; a running bot refuses it.
/// </summary>
public sealed class CompactCommand(Database database, DataDirectory data, IHostApplicationLifetime lifetime) : ICommandHandler
{
    public static CommandDefinition Definition { get; } = new("compact", "Rewrite the database file without unused space (stop the bot first)")
    {
        MayBeSlow = true,
        LocalOnly = true,
    };

    public ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        if (lifetime.ApplicationStarted.IsCancellationRequested)
        {
            return ValueTask.FromResult(Reply.Failure($"compact: the running digestbot has {data.Path} open; stop it, then compact"));
        }

        var path = data.Combine(Database.FileName);
        var before = ByteSize.OfDatabase(path);
        request.Progress.Report($"compacting {path} ({ByteSize.Format(before)})");
        var compacted = path + ".compact";
        try
        {
            DatabaseCompaction.CopyTo(database.Lite, compacted, request.Progress);
        }
        catch
        {
            File.Delete(compacted);
            throw;
        }

        // Closing checkpoints the write-ahead log into the old file; whatever log is left is already in it. A crash
        // before the move leaves the old file, after it the new one: never half of each.
        database.Dispose();
        File.Delete(data.Combine(Path.GetFileNameWithoutExtension(Database.FileName) + "-log" + Path.GetExtension(Database.FileName)));
        File.Move(compacted, path, overwrite: true);
        var after = ByteSize.OfDatabase(path);
        return ValueTask.FromResult(Reply.Message($"compacted {Database.FileName}: {ByteSize.Format(before)} → {ByteSize.Format(after)}"));
    }
}
