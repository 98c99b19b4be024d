namespace DigestBot.Tests.Support;

/// <summary>The recorded Discord payloads in ../shared/fixtures/discord, read in place.</summary>
internal static class DiscordFixtures
{
    public static string Text(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DigestBot.sln")))
            {
                return File.ReadAllText(Path.Combine(dir.FullName, "..", "shared", "fixtures", "discord", name));
            }
        }

        throw new DirectoryNotFoundException("DigestBot.sln not found above " + AppContext.BaseDirectory);
    }
}
