namespace DigestBot.Benchmarks;

/// <summary>The repository root (the folder holding DigestBot.sln) and the shared/ folder beside it.</summary>
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

    /// <summary>A file in ../shared/data, next to the repository.</summary>
    public static string SharedData(string name) =>
        Path.GetFullPath(Path.Combine(Root() ?? throw new DirectoryNotFoundException("DigestBot.sln not found above " + AppContext.BaseDirectory), "..", "shared", "data", name));
}
