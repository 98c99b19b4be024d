using System.Globalization;
using DigestBot.Commands;

namespace DigestBot.Maintenance;

/// <summary><c>backup DIR</c>: a consistent copy of the database in a new or empty folder, also while the bot runs.</summary>
public sealed class BackupCommand(BackupService backups) : ICommandHandler
{
    public static CommandDefinition Definition { get; } = new(
        "backup",
        "Copy the database to a new or empty folder (consistent while the bot runs; the search index is rebuilt on restore)",
        [new CommandOption("dir", "Folder for the backup (new or empty)") { Required = true, Positional = true, IsPath = true }])
    {
        MayBeSlow = true,
        LocalOnly = true,
    };

    public ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var folder = Path.GetFullPath(request.GetRequiredString("dir"));
        var manifest = backups.Create(folder);
        return ValueTask.FromResult(Reply.Message(string.Create(
            CultureInfo.InvariantCulture,
            $"backup written to {folder}: {manifest.Papers:N0} papers, schema {manifest.SchemaVersion}, {ByteSize.Format(manifest.Bytes)}")));
    }
}
