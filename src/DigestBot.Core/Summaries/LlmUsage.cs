namespace DigestBot.Summaries;

/// <summary>LLM calls made on one UTC day (<see cref="Id"/> is <c>yyyy-MM-dd</c>), kept across restarts.</summary>
public sealed record LlmUsage(string Id, int Calls);
