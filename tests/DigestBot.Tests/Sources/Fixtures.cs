namespace DigestBot.Tests.Sources;

/// <summary>
/// The recorded responses in tests/fixtures/sources and the synthetic ones this project wrote, both copied beside
/// the test assembly by the project file (see tests/fixtures/PROVENANCE.md for where each recording came from).
/// </summary>
internal static class Fixtures
{
    /// <summary>A fixed "seen at" time: parsers take it as a parameter and must stamp it unchanged.</summary>
    public static readonly DateTimeOffset SeenAt = new(2026, 6, 13, 8, 30, 0, TimeSpan.Zero);

    /// <summary>A file of tests/fixtures/&lt;folder&gt;, as copied beside the test assembly.</summary>
    public static string InRepository(string folder, string name) => Path.Combine(AppContext.BaseDirectory, "fixtures", folder, name);

    public static string RecordedPath(string name) => InRepository("sources", name);

    public static byte[] Recorded(string name) => File.ReadAllBytes(RecordedPath(name));

    public static string RecordedText(string name) => File.ReadAllText(RecordedPath(name));

    public static Stream OpenRecorded(string name) => File.OpenRead(RecordedPath(name));

    public static byte[] Synthetic(string name) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Sources", "Synthetic", name));

    public static string SyntheticText(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Sources", "Synthetic", name));
}
