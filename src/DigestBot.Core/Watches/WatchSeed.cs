namespace DigestBot.Watches;

/// <summary>What a semantic watch term is close to: a seed paper or a text, as a unit vector, and how the "Why" names it.</summary>
public sealed record WatchSeed(string Label, float[] Vector);
