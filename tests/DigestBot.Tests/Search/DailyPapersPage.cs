using System.Globalization;
using DigestBot.Papers;
using DigestBot.Tests.Sources;

namespace DigestBot.Tests.Search;

/// <summary>
/// The real page of daily papers in tests/fixtures/data (copied beside the assembly): after some page chrome, a
/// title line and an abstract line per paper, blank lines between. The page has no ids, authors or dates, so each
/// paper gets an invented arXiv id (2501.9xxxx, in page order) and a published date one day apart, newest first.
/// </summary>
internal static class DailyPapersPage
{
    public const string FileName = "000_6d08c3e38cdaa7e2.txt";

    /// <summary>Published date of the first paper on the page; paper n is n days older.</summary>
    public static readonly DateTimeOffset Newest = new(2024, 12, 31, 12, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<IReadOnlyList<(string Title, string Abstract)>> Entries = new(Read);

    public static string Path => Fixtures.InRepository("data", FileName);

    public static IReadOnlyList<(string Title, string Abstract)> TitlesAndAbstracts => Entries.Value;

    public static string Id(int index) => string.Create(CultureInfo.InvariantCulture, $"2501.{90000 + index:D5}");

    public static IReadOnlyList<Paper> Papers(DateTimeOffset seen) =>
        [.. Entries.Value.Select((e, i) => new Paper
        {
            Id = Id(i),
            Version = 1,
            Title = e.Title,
            Abstract = e.Abstract,
            Categories = ["cs.LG"],
            Published = Newest.AddDays(-i),
            FirstSeen = seen,
            Links = new PaperLinks { Abs = $"https://arxiv.org/abs/{Id(i)}v1" },
            Sources = [new SourceRecord("daily-page", Id(i), seen)],
        })];

    /// <summary>An abstract is a long line; its title is the non-empty line before it. That skips the chrome.</summary>
    private static List<(string Title, string Abstract)> Read()
    {
        var lines = File.ReadAllLines(Path).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var entries = new List<(string, string)>();
        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].Length >= 300 && lines[i - 1].Length < 300)
            {
                entries.Add((lines[i - 1], lines[i]));
            }
        }

        return entries;
    }
}
