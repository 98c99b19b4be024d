namespace DigestBot.Tests.Support;

/// <summary>The recorded responses in <c>../shared/fixtures</c>, read in place (never copied into the repository).</summary>
public static class Fixtures
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DigestBot.sln")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "fixtures"));
            }
        }

        throw new DirectoryNotFoundException("DigestBot.sln not found above the test output; cannot locate ../shared/fixtures");
    });

    public static string Path(string relative) => System.IO.Path.Combine(Root.Value, relative);

    public static string Source(string file) => Path(System.IO.Path.Combine("sources", file));

    public static byte[] SourceBytes(string file) => File.ReadAllBytes(Source(file));

    public static string SourceText(string file) => File.ReadAllText(Source(file));
}
