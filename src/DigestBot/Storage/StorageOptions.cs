namespace DigestBot.Storage;

/// <summary><c>DigestBot:Storage</c>: where the LiteDB file, the search index and the lock live.</summary>
public sealed class StorageOptions
{
    public const string Section = "DigestBot:Storage";

    public string DataDirectory { get; set; } = "./data";
}
