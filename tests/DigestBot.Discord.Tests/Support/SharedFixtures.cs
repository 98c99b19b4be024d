namespace DigestBot.Discord.Tests.Support;

/// <summary>
/// The recorded Discord payloads in the shared fixtures folder beside the repository
/// (<c>../shared/fixtures/discord</c>), read in place, never copied into the repository.
/// </summary>
public static class SharedFixtures
{
    public static string Discord(string name) => File.ReadAllText(Path.Combine(RepositoryRoot(), "..", "shared", "fixtures", "discord", name));

    private static string RepositoryRoot()
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
