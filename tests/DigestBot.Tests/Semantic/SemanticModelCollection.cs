namespace DigestBot.Tests.Semantic;

/// <summary>
/// Tests that run the embedding model share one loaded model and run one after another: each embedding takes a core,
/// and CI has two.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SemanticModelCollection
{
    public const string Name = "semantic model";
}
