namespace DigestBot.Benchmarks;

/// <summary>The repository root (the folder holding DigestBot.sln) and the data files the benchmarks read.</summary>
internal static class RepositoryPaths
{
    public static string? Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DigestBot.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>A file of tests/fixtures/data, which the project file copies beside the assembly.</summary>
    public static string FixtureData(string name) => Path.Combine(AppContext.BaseDirectory, "fixtures", "data", name);
}
