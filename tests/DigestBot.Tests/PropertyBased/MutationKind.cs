namespace DigestBot.Tests.PropertyBased;

/// <summary>What a <see cref="Mutation"/> does to a recorded document.</summary>
internal enum MutationKind
{
    FlipBit,
    Truncate,
    DuplicateElements,
    DeepNesting,
    HugeString,
    SpliceNoise,
}
