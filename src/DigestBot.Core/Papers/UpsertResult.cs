namespace DigestBot.Papers;

/// <summary>The stored paper after an upsert, and what the upsert did to it.</summary>
public sealed record UpsertResult(Paper Paper, UpsertOutcome Outcome)
{
    /// <summary>
    /// Of an update, the categories the paper has now that none of its stored records had (arXiv's listing bringing a
    /// paper Hugging Face gave without any); empty otherwise.
    /// </summary>
    public IReadOnlyList<string> GainedCategories { get; init; } = [];
}
