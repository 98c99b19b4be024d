namespace DigestBot.Tests.Sources;

/// <summary>
/// The recorded responses in ../shared/fixtures/sources (read in place, never copied into the repo) and the
/// synthetic ones this project wrote, copied beside the test assembly.
/// </summary>
internal static class Fixtures
{
    /// <summary>A fixed "seen at" time: parsers take it as a parameter and must stamp it unchanged.</summary>
    public static readonly DateTimeOffset SeenAt = new(2026, 6, 13, 8, 30, 0, TimeSpan.Zero);

    private static readonly Lazy<string> RecordedDirectory = new(FindRecordedDirectory);

    public static string RecordedPath(string name) => Path.Combine(RecordedDirectory.Value, name);

    public static byte[] Recorded(string name) => File.ReadAllBytes(RecordedPath(name));

    public static string RecordedText(string name) => File.ReadAllText(RecordedPath(name));

    public static Stream OpenRecorded(string name) => File.OpenRead(RecordedPath(name));

    public static byte[] Synthetic(string name) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Sources", "Synthetic", name));

    public static string SyntheticText(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Sources", "Synthetic", name));

    /// <summary>The repository root is the directory holding DigestBot.sln; shared/ sits beside it.</summary>
    private static string FindRecordedDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DigestBot.sln")))
            {
                var path = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "fixtures", "sources"));
                return Directory.Exists(path)
                    ? path
                    : throw new DirectoryNotFoundException($"recorded fixtures not found at {path}");
            }
        }

        throw new DirectoryNotFoundException("DigestBot.sln not found above " + AppContext.BaseDirectory);
    }
}
