namespace DigestBot.Benchmarks;

/// <summary>One query of the benchmark in DigestBot's language and the same query in SQLite FTS5's MATCH syntax.</summary>
internal sealed record BenchQuery(string Kind, string Query, string Fts5);
