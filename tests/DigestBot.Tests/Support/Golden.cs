namespace DigestBot.Tests.Support;

/// <summary>Golden files under tests/DigestBot.Tests/Golden, compared with line endings normalised.</summary>
public static class Golden
{
    public static string Read(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", name)).ReplaceLineEndings("\n").TrimEnd();

    public static void AssertMatches(string name, string actual) =>
        Assert.Equal(Read(name), actual.ReplaceLineEndings("\n").TrimEnd());
}
