using DigestBot.Papers;
using DigestBot.Sources;

namespace DigestBot.Tests.Support;

/// <summary>Builders for papers as sources would hand them to the store.</summary>
public static class TestPapers
{
    public static readonly DateTimeOffset Monday = new(2024, 12, 16, 9, 30, 0, TimeSpan.Zero);

    public static Paper Arxiv(string id, int version = 1, string source = "arxiv-api", DateTimeOffset? seen = null) => new()
    {
        Id = id,
        Version = version,
        Title = $"Title of {id} v{version}",
        Abstract = $"Abstract of {id} v{version}.",
        Authors = [new Author("Ada Lovelace", ["Analytical Engines Ltd"]), new Author("Alan Turing")],
        Categories = ["cs.LG", "cs.AI"],
        Published = new DateTimeOffset(2024, 12, 12, 18, 0, 0, TimeSpan.Zero),
        Updated = new DateTimeOffset(2024, 12, 12, 18, 0, 0, TimeSpan.Zero).AddDays(version - 1),
        FirstSeen = seen ?? Monday,
        Links = new PaperLinks { Abs = $"https://arxiv.org/abs/{id}v{version}", Pdf = $"https://arxiv.org/pdf/{id}v{version}" },
        Sources = [new SourceRecord(source, $"{id}v{version}", seen ?? Monday)],
    };

    public static Paper Journal(string doi, string source = "rss:journal", DateTimeOffset? seen = null) => new()
    {
        Id = $"doi:{doi}",
        Title = "A journal version",
        Abstract = "Published abstract.",
        Authors = [new Author("Ada Lovelace", ["University of London"])],
        Published = new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero),
        FirstSeen = seen ?? Monday,
        Dois = [doi],
        JournalRef = "J. Machines 12 (2025) 1-10",
        Links = new PaperLinks { Abs = $"https://doi.org/{doi}" },
        Sources = [new SourceRecord(source, $"https://doi.org/{doi}", seen ?? Monday)],
    };

    /// <summary>An arXiv paper announced as new at <paramref name="now"/>, published the day before, its title its abstract too.</summary>
    public static SourceItem Announced(string id, string title, DateTimeOffset now) => new()
    {
        Paper = Arxiv(id, seen: now) with { Title = title, Abstract = title, Published = now.AddDays(-1) },
        AnnounceType = AnnounceType.New,
        AnnouncedAt = now,
    };
}
