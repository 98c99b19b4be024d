namespace DigestBot.Tests.Support;

/// <summary>Golden files under tests/DigestBot.Tests/Golden, compared with line endings normalised.</summary>
public static class Golden
{
    public static string Read(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", name)).ReplaceLineEndings("\n").TrimEnd();

    /// <summary>
    /// Compares with the golden file; on a difference the actual text is written to a temp folder (named in the failure) so
    /// a deliberate change can be reviewed and copied over the golden file.
    /// </summary>
    public static void AssertMatches(string name, string actual)
    {
        var expected = Read(name);
        actual = actual.ReplaceLineEndings("\n").TrimEnd();
        if (expected != actual)
        {
            var path = Path.Combine(Path.GetTempPath(), "digestbot-golden", name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual + "\n");
            Assert.Fail($"{name} differs from its golden file; the actual text is in {path}\n{FirstDifference(expected, actual)}");
        }
    }

    private static string FirstDifference(string expected, string actual)
    {
        var lines = (Expected: expected.Split('\n'), Actual: actual.Split('\n'));
        var at = Enumerable.Range(0, Math.Min(lines.Expected.Length, lines.Actual.Length)).FirstOrDefault(i => lines.Expected[i] != lines.Actual[i], -1);
        at = at >= 0 ? at : Math.Min(lines.Expected.Length, lines.Actual.Length);
        return $"line {at + 1}\nexpected: {lines.Expected.ElementAtOrDefault(at)}\nactual:   {lines.Actual.ElementAtOrDefault(at)}";
    }
}
