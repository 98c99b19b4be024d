namespace DigestBot.Papers;

/// <summary>The stored paper after an upsert, and what the upsert did to it.</summary>
public sealed record UpsertResult(Paper Paper, UpsertOutcome Outcome);
