namespace DigestBot.Discord.Tests.Support;

/// <summary>
/// The recorded Discord payloads in tests/fixtures/discord (see tests/fixtures/PROVENANCE.md), copied beside the
/// test assembly by the project file.
/// </summary>
public static class DiscordFixtures
{
    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "discord", name));
}
