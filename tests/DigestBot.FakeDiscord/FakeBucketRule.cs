namespace DigestBot.FakeDiscord;

/// <summary>A rate-limit bucket the fake enforces: <see cref="Limit"/> requests per fixed <see cref="Window"/>.</summary>
public sealed record FakeBucketRule(string Name, int Limit, TimeSpan Window)
{
    /// <summary>An opaque hash like Discord's, stable per rule name.</summary>
    public string Hash => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Name)).AsSpan(0, 16));
}
