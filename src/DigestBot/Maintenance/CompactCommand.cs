using DigestBot.Commands;
using DigestBot.Storage;

namespace DigestBot.Maintenance;

/// <summary>
/// <c>compact</c>: LiteDB's <c>Rebuild</c>, which rewrites the database without the space deleted papers left
/// (run it after retention removed many). Other work on the database waits while it runs.
/// </summary>
public sealed class CompactCommand(Database database, DataDirectory data) : ICommandHandler
{
    public static CommandDefinition Definition { get; } = new("compact", "Rewrite the database file without unused space (LiteDB rebuild)")
    {
        MayBeSlow = true,
        LocalOnly = true,
    };

    public ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var path = data.Combine(Database.FileName);
        var before = ByteSize.OfDatabase(path);
        request.Progress.Report($"compacting {path} ({ByteSize.Format(before)})");
        database.Lite.Rebuild();

        // LiteDB keeps the file as it was beside the new one; the point was to free that space.
        File.Delete(data.Combine(Path.GetFileNameWithoutExtension(Database.FileName) + "-backup" + Path.GetExtension(Database.FileName)));
        var after = ByteSize.OfDatabase(path);
        return ValueTask.FromResult(Reply.Message($"compacted {Database.FileName}: {ByteSize.Format(before)} → {ByteSize.Format(after)}"));
    }
}
