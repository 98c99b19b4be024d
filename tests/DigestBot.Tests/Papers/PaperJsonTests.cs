using System.Text.Json;
using DigestBot.Commands;
using DigestBot.Papers;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Papers;

public class PaperJsonTests
{
    private static readonly DateTimeOffset Seen = new(2026, 11, 27, 23, 0, 0, TimeSpan.Zero);

    public static Paper Sample() => new()
    {
        Id = "math/0611800",
        Version = 2,
        Title = "On the \"zeta\" function & <friends>",
        Abstract = "We study $\\zeta(s)$ near s = 1.",
        Authors = [new Author("Aurora Ramírez", ["Universidad de Córdoba"]), new Author("H1 Collaboration")],
        Categories = ["math.CA", "math.NT"],
        Published = new DateTimeOffset(2006, 11, 27, 13, 59, 59, TimeSpan.FromHours(-5)),
        Updated = new DateTimeOffset(2006, 12, 1, 9, 0, 0, 500, TimeSpan.Zero),
        FirstSeen = Seen,
        Dois = ["10.1000/zeta.2007.1"],
        JournalRef = "J. Zeta 1 (2007) 1-20",
        Links = new PaperLinks { Abs = "https://arxiv.org/abs/math/0611800v2" },
        Sources = [new SourceRecord("arxiv-api", "math/0611800v2", Seen)],
    };

    [Fact]
    public void A_paper_serialises_to_the_documented_json()
    {
        Golden.AssertMatches("paper.json", JsonOutput.Serialize(Sample()));
    }

    [Fact]
    public void Paper_json_reads_back_to_an_equal_paper()
    {
        var json = JsonOutput.Serialize(Sample());

        var back = JsonSerializer.Deserialize<Paper>(json, JsonOutput.Options)!;

        Assert.Equal(JsonOutput.Serialize(back), json);
        Assert.Equal(Sample().Published, back.Published);
    }
}
