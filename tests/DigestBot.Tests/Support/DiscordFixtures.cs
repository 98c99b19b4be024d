using DigestBot.Tests.Sources;

namespace DigestBot.Tests.Support;

/// <summary>The recorded Discord payloads in tests/fixtures/discord, copied beside the test assembly.</summary>
internal static class DiscordFixtures
{
    public static string Text(string name) => File.ReadAllText(Fixtures.InRepository("discord", name));
}
