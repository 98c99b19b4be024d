namespace DigestBot.Benchmarks.Relevance;

/// <summary>One document of a test collection, by the collection's own id.</summary>
internal sealed record RelevanceDocument(string Id, string Title, string Text);
