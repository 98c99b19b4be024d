namespace DigestBot.Storage;

/// <summary><c>DigestBot:Storage</c>: where the LiteDB file, the search index and the lock live, and how long papers and sent deliveries stay.</summary>
public sealed class StorageOptions
{
    public const string Section = "DigestBot:Storage";

    public string DataDirectory { get; set; } = "./data";

    /// <summary>
    /// Papers first stored and published longer ago than this are removed daily (unless a delivery still owes
    /// them to a channel); null keeps every paper forever (was <c>KeepPapersDays</c>).
    /// </summary>
    public TimeSpan? KeepPapers { get; set; }

    /// <summary>
    /// Sent deliveries and finished digests older than this are removed daily (a delivery whose paper retention has
    /// removed stays: it is what stops that paper being posted again); null keeps them forever (was <c>KeepDeliveriesDays</c>).
    /// </summary>
    public TimeSpan? KeepDeliveries { get; set; } = TimeSpan.FromDays(30);
}
