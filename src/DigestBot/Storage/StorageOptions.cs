namespace DigestBot.Storage;

/// <summary><c>DigestBot:Storage</c>: where the LiteDB file, the search index and the lock live, and how long papers stay.</summary>
public sealed class StorageOptions
{
    public const string Section = "DigestBot:Storage";

    public string DataDirectory { get; set; } = "./data";

    /// <summary>
    /// Papers first stored and published longer ago than this are removed daily (unless a delivery still owes
    /// them to a channel); null keeps every paper forever.
    /// </summary>
    public int? KeepPapersDays { get; set; }
}
