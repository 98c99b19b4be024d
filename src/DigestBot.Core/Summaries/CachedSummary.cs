namespace DigestBot.Summaries;

/// <summary>An LLM summary kept in LiteDB, keyed by paper and model, so each paper costs one call per model.</summary>
public sealed record CachedSummary
{
    /// <summary><c>{paperId}|{model}</c>.</summary>
    public required string Id { get; init; }

    public required string Text { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public static string KeyOf(string paperId, string model) => $"{paperId}|{model}";
}
