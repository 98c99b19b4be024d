namespace DigestBot.Tests.Properties;

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
