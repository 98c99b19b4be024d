using System.Text.RegularExpressions;

namespace DigestBot.Tests.Readme;

/// <summary>
/// The README's quick start as a reader sees it: the text of the section, its shell blocks (the first builds and names
/// the executable, the others are the commands) and the digest excerpt at the top of the README.
/// </summary>
internal sealed partial record ReadmeQuickStart(string Build, string AliasTarget, IReadOnlyList<string> Commands, string DigestExcerpt)
{
    public static ReadmeQuickStart Read(string readme)
    {
        var start = readme.IndexOf("\n## Quick start\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "README has no '## Quick start' section");
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = readme[start..(end < 0 ? readme.Length : end)];
        var blocks = ShellBlock().Matches(section).Select(m => m.Groups[1].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.True(blocks.Count >= 2, "the quick start needs a build block and at least one block of commands");

        var setup = blocks[0];
        var alias = Assert.Single(setup, l => l.StartsWith("alias ", StringComparison.Ordinal));
        var target = AliasLine().Match(alias);
        Assert.True(target.Success, $"not an alias of digestbot to a path: {alias}");
        var excerpt = TextBlock().Match(readme[..start]);
        Assert.True(excerpt.Success, "README shows no digest excerpt above the quick start");
        return new ReadmeQuickStart(
            Assert.Single(setup, l => l.StartsWith("dotnet build", StringComparison.Ordinal)),
            target.Groups[1].Value,
            [.. blocks.Skip(1).SelectMany(b => b)],
            excerpt.Groups[1].Value);
    }

    [GeneratedRegex(@"```sh\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShellBlock();

    [GeneratedRegex(@"```text\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex TextBlock();

    [GeneratedRegex("""^alias digestbot="([^"]+)"$""")]
    private static partial Regex AliasLine();
}
