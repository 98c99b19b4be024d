namespace DigestBot.Tests.Support;

/// <summary>The repository the tests run from (its docs, its sources), found above the test's output folder.</summary>
internal static class RepositoryFiles
{
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DigestBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("DigestBot.sln not found above " + AppContext.BaseDirectory);
    }
}
