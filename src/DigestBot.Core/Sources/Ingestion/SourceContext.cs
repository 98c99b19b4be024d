namespace DigestBot.Sources;

/// <summary>Everything a source needs for one poll: its name and settings, what it remembered, and the time.</summary>
public sealed record SourceContext(string Name, SourceConfig Config, SourceState State, DateTimeOffset Now, TimeSpan Freshness);
