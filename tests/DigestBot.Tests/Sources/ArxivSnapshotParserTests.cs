using System.Text;
using DigestBot.Papers;
using DigestBot.Sources;

namespace DigestBot.Tests.Sources;

public sealed class ArxivSnapshotParserTests
{
    private const string Lines = "arxiv_snapshot_lines.jsonl";

    private static ParseResult ParseSynthetic() => ArxivSnapshotParser.Parse(new MemoryStream(Fixtures.Synthetic(Lines)), Fixtures.SeenAt);

    [Fact]
    public void Snapshot_file_gives_one_paper_per_record_line_and_passes_over_comments_and_blank_lines()
    {
        var result = ParseSynthetic();

        Assert.Null(result.Error);
        Assert.Empty(result.Skipped);
        Assert.Equal(["0705.0421", "hep-th/9901001", "2310.01234"], result.Items.Select(i => i.Paper.Id));
    }

    [Fact]
    public void Snapshot_line_maps_versions_dates_authors_categories_and_doi()
    {
        var item = ParseSynthetic().Items[0];
        var paper = item.Paper;

        Assert.Equal(2, paper.Version);
        Assert.Equal(new DateTimeOffset(2007, 4, 2, 19, 18, 42, TimeSpan.Zero), paper.Published);
        Assert.Equal(new DateTimeOffset(2007, 7, 24, 20, 10, 27, TimeSpan.Zero), paper.Updated);
        Assert.Equal("Prompt photon pairs at hadron colliders and their next-to-leading corrections", paper.Title);
        Assert.Equal("We compute photon pair production at next-to-leading order and compare with collider data.", paper.Abstract);
        Assert.Equal(["L. Þórsdóttir", "M. García-Pérez Jr", "K. O'Neill"], paper.Authors.Select(a => a.Name));
        Assert.Equal(["hep-ph", "hep-ex"], paper.Categories);
        Assert.Equal(["10.1103/physrevd.76.013009"], paper.Dois);
        Assert.Equal("Phys.Rev.D76:013009,2007", paper.JournalRef);
        Assert.Equal("37 pages, 15 figures; published version", paper.Comment);
        Assert.Equal("https://arxiv.org/abs/0705.0421", paper.Links.Abs);
        Assert.Equal([new SourceRecord("arxiv-snapshot", "0705.0421v2", Fixtures.SeenAt)], paper.Sources);
        Assert.Equal("L. Þórsdóttir, M. García-Pérez Jr, K. O'Neill", item.RawAuthors);
    }

    [Fact]
    public void Old_style_snapshot_line_keeps_affiliations_from_authors_parsed_and_null_fields_stay_null()
    {
        var paper = ParseSynthetic().Items[1].Paper;

        Assert.Equal(1, paper.Version);
        Assert.Equal([("A. Example", "Univ. Somewhere"), ("B. Sample", "")], paper.Authors.Select(a => (a.Name, string.Join('|', a.Affiliations))));
        Assert.Null(paper.JournalRef);
        Assert.Null(paper.Comment);
        Assert.Empty(paper.Dois);
        Assert.Equal("A short abstract.", paper.Abstract);
    }

    [Fact]
    public void Snapshot_line_without_authors_parsed_splits_the_author_string_and_drops_arxivs_own_doi()
    {
        var paper = ParseSynthetic().Items[2].Paper;

        Assert.Equal(3, paper.Version);
        Assert.Equal(new DateTimeOffset(2023, 10, 2, 17, 59, 59, TimeSpan.Zero), paper.Published);
        Assert.Equal(new DateTimeOffset(2024, 2, 1, 12, 30, 0, TimeSpan.Zero), paper.Updated);
        Assert.Equal(["Chidi Okafor", "Hana Novak", "Wei Zhang"], paper.Authors.Select(a => a.Name));
        Assert.Equal(["10.1000/snap.1"], paper.Dois);
        Assert.Equal(["cs.DB", "cs.IR"], paper.Categories);
    }

    [Fact]
    public void Streaming_reports_line_numbers_and_resumable_offsets()
    {
        var bytes = Fixtures.Synthetic(Lines);

        var lines = ArxivSnapshotParser.ReadLines(new MemoryStream(bytes), Fixtures.SeenAt).ToList();

        Assert.Equal([2L, 3L, 5L], lines.Select(l => l.LineNumber));
        Assert.Equal(bytes.Length, lines[^1].EndOffset);
        var resumed = ArxivSnapshotParser.ReadLines(new MemoryStream(bytes[(int)lines[0].EndOffset..]), Fixtures.SeenAt, firstLineNumber: 3).ToList();
        Assert.Equal(["hep-th/9901001", "2310.01234"], resumed.Select(l => l.Item!.Paper.Id));
        Assert.Equal([3L, 5L], resumed.Select(l => l.LineNumber));
    }

    [Fact]
    public void Crlf_line_endings_and_a_missing_final_newline_are_fine()
    {
        var text = string.Join("\r\n", Fixtures.SyntheticText(Lines).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1));

        var lines = ArxivSnapshotParser.ReadLines(new MemoryStream(Encoding.UTF8.GetBytes(text)), Fixtures.SeenAt).ToList();

        Assert.Equal(3, lines.Count);
        Assert.All(lines, l => Assert.NotNull(l.Item));
    }

    [Fact]
    public void Ten_thousand_lines_stream_through_without_holding_them()
    {
        var line = Fixtures.SyntheticText(Lines).Split('\n')[4];
        var many = new StringBuilder();
        for (var i = 0; i < 10_000; i++)
        {
            many.Append(line.Replace("\"2310.01234\"", $"\"2310.{i + 10000:D5}\"", StringComparison.Ordinal)).Append('\n');
        }

        var count = ArxivSnapshotParser.ReadLines(new MemoryStream(Encoding.UTF8.GetBytes(many.ToString())), Fixtures.SeenAt)
            .Count(l => l.Item is not null);

        Assert.Equal(10_000, count);
    }

    [Fact]
    public void Over_long_snapshot_abstract_is_trimmed_and_the_line_says_so()
    {
        var line = Fixtures.SyntheticText(Lines).Split('\n')[4].Replace("We parse lines fast.", new string('a', 30_000), StringComparison.Ordinal);

        var parsed = ArxivSnapshotParser.ParseLine(Encoding.UTF8.GetBytes(line), 7, Fixtures.SeenAt);
        var whole = ArxivSnapshotParser.Parse(line, Fixtures.SeenAt);

        Assert.True(parsed.Item!.Paper.Abstract.Length <= 20_000);
        Assert.Equal("abstract trimmed from 30000 to 20000 characters", parsed.Warning);
        Assert.Equal(new ParseIssue("2310.01234v3 (line 1)", "abstract trimmed from 30000 to 20000 characters"), Assert.Single(whole.Warnings));
    }

    [Fact]
    public void Line_that_is_not_an_arxiv_record_is_skipped_with_the_reason()
    {
        var parsed = ArxivSnapshotParser.ParseLine("""{"id":"not-an-id","title":"x"}"""u8, 12, Fixtures.SeenAt);

        Assert.Null(parsed.Item);
        Assert.Equal(12, parsed.LineNumber);
        Assert.Equal("id 'not-an-id' is not an arXiv id", parsed.SkipReason);
    }
}
