namespace DigestBot.Semantic;

/// <summary>Semantic search cannot run (the model is missing or broken): the message is the one line a user sees.</summary>
public sealed class SemanticUnavailableException(string message) : Exception(message);
