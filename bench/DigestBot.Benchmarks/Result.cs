namespace DigestBot.Benchmarks;

/// <summary>One measured figure; <see cref="RatioToBaseline"/> compares it with its scenario's baseline from the same run.</summary>
internal sealed record Result(string Name, int Papers, TimeSpan Elapsed, long Count, string Unit, double Value, double? RatioToBaseline);
