namespace DigestBot.Maintenance;

/// <summary>
/// <c>backup.json</c> beside the copied database: when it was taken and what it holds. The search index is not part
/// of a backup; it is rebuilt from the database after a restore.
/// </summary>
public sealed record BackupManifest(DateTimeOffset CreatedAt, int SchemaVersion, int Papers, long Bytes)
{
    public const string FileName = "backup.json";

#pragma warning disable CA1822 // Serialised into backup.json: instance properties are what System.Text.Json writes.
    public int Format => 1;

    public string SearchIndex => "not included: rebuilt from the database at the first start after a restore";
#pragma warning restore CA1822
}
