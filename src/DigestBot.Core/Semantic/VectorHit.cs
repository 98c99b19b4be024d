namespace DigestBot.Semantic;

/// <summary>A paper found by meaning: its key and the cosine similarity of its vector to the query's.</summary>
public readonly record struct VectorHit(string Key, float Similarity);
