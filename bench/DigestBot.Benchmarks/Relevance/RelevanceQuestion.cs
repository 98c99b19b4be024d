namespace DigestBot.Benchmarks.Relevance;

/// <summary>One question of a test collection, as its users asked it.</summary>
internal sealed record RelevanceQuestion(string Id, string Text);
