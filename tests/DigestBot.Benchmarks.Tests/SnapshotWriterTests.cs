namespace DigestBot.Benchmarks.Tests;

/// <summary>The generated corpus goes through the app's snapshot import, so the file it is written to must read back as the same papers.</summary>
public sealed class SnapshotWriterTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"digestbot-bench-{Guid.NewGuid():N}.jsonl");

    [Fact]
    public void Generated_papers_read_back_through_the_snapshot_parser_unchanged()
    {
        var generator = new ArxivPaperGenerator(WordModel.Learn(SearchScenario.RealAbstracts(), new Random(1)), 3);
        var papers = generator.Generate(200).ToList();

        SnapshotWriter.Write(_file, papers);
        var read = SnapshotWriter.Read(_file, DateTimeOffset.UnixEpoch).ToList();

        Assert.Equal(papers.Count, read.Count);
        for (var i = 0; i < papers.Count; i++)
        {
            Assert.Equal(papers[i].Id, read[i].Id);
            Assert.Equal(papers[i].Version, read[i].Version);
            Assert.Equal(papers[i].Title, read[i].Title);
            Assert.Equal(papers[i].Abstract, read[i].Abstract);
            Assert.Equal(papers[i].Authors.Select(a => a.Name), read[i].Authors.Select(a => a.Name));
            Assert.Equal(papers[i].Categories, read[i].Categories);
            Assert.Equal(papers[i].Published!.Value.ToUnixTimeSeconds(), read[i].Published!.Value.ToUnixTimeSeconds());
        }
    }

    public void Dispose() => File.Delete(_file);
}
