using System.Globalization;
using DigestBot.Papers;
using DigestBot.Search;
using DigestBot.Tests.Support;
using Lucene.Net.Documents;

namespace DigestBot.Tests.Search;

public class PaperDocumentTests
{
    [Fact]
    public void A_reused_builder_gives_each_paper_exactly_the_fields_of_a_fresh_document()
    {
        var rich = TestPapers.Arxiv("2412.00001") with
        {
            Authors = [new Author("Ada Lovelace"), new Author("Alan Turing"), new Author("Grace Hopper")],
            Categories = ["cs.LG", "stat.ML", "math.OC"],
            Dois = ["10.1000/rich"],
            Published = new DateTimeOffset(2024, 12, 2, 0, 0, 0, TimeSpan.Zero),
        };
        var plain = TestPapers.Arxiv("2412.00002") with
        {
            Authors = [new Author("Emmy Noether")],
            Categories = ["cs.AI"],
            Dois = [],
            Published = null,
            Links = PaperLinks.None,
        };

        var builder = new PaperDocument.Builder();
        var first = Fields(builder.Fill(rich));
        var second = Fields(builder.Fill(plain));
        var third = Fields(builder.Fill(rich));

        Assert.Equal(Fields(PaperDocument.Build(rich)), first);
        Assert.Equal(Fields(PaperDocument.Build(plain)), second);
        Assert.Equal(first, third);
        Assert.DoesNotContain(second, f => f.Value.Contains("Turing") || f.Value.Contains("rich") || f.Name == IndexFields.Url);
    }

    private static List<(string Name, string Value)> Fields(Document document) =>
        [.. document.Fields.Select(f => (f.Name, f.GetStringValue(CultureInfo.InvariantCulture) ?? f.GetInt64Value()?.ToString(CultureInfo.InvariantCulture) ?? string.Empty))];
}
