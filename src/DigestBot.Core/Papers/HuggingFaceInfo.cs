namespace DigestBot.Papers;

/// <summary>
/// What Hugging Face Daily Papers adds to a paper. Every part is optional because HF adds and drops these fields
/// over time (ai_* and github* are missing from older listings).
/// </summary>
public sealed record HuggingFaceInfo
{
    public int? Upvotes { get; init; }

    /// <summary>HF's one-sentence machine summary (<c>ai_summary</c>).</summary>
    public string? AiSummary { get; init; }

    public IReadOnlyList<string> AiKeywords { get; init; } = [];

    public string? GithubRepo { get; init; }

    public int? GithubStars { get; init; }

    public string? ProjectPage { get; init; }

    /// <summary>The day the paper was featured on the daily page (not its arXiv date).</summary>
    public DateTimeOffset? SubmittedOnDailyAt { get; init; }
}
