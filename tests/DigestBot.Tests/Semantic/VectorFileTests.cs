using DigestBot.Semantic;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Semantic;

public sealed class VectorFileTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string FilePath => _temp.Combine("semantic", VectorFile.FileName);

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Vectors_and_removals_written_are_read_back_at_the_next_open()
    {
        var (a, b) = (VectorSetTests.Unit(), VectorSetTests.Unit());
        using (var file = Open(new VectorSet()).File)
        {
            file.Append([StoredVector.From("a", 3, 11, 100, a), StoredVector.From("b", 4, 12, 200, b)]);
            file.AppendRemoved(["b"]);
        }

        var set = new VectorSet();
        using var reopened = Open(set).File;

        var read = set.Get("a")!;
        Assert.Equal(1, set.Count);
        Assert.Equal((3L, 11L, 100L), (read.Revision, read.TextHash, read.Published));
        Assert.InRange(Vectors.Dot(a, read.ToFloats()), 0.99f, 1.01f);
    }

    [Fact]
    public void A_record_cut_short_by_a_crash_is_dropped_and_the_file_cut_there()
    {
        using (var file = Open(new VectorSet()).File)
        {
            file.Append([StoredVector.From("a", 1, 1, 1, VectorSetTests.Unit()), StoredVector.From("b", 1, 1, 1, VectorSetTests.Unit())]);
        }

        var whole = new FileInfo(FilePath).Length;
        using (var stream = new FileStream(FilePath, FileMode.Open))
        {
            stream.SetLength(whole - 10);
        }

        var set = new VectorSet();
        using (Open(set).File)
        {
            Assert.Equal(["a"], new[] { "a", "b" }.Where(k => set.Get(k) is not null));
        }

        Assert.True(new FileInfo(FilePath).Length < whole - 10, "the damaged record is cut off, so appends follow the last whole one");
    }

    [Fact]
    public void A_file_of_another_model_or_version_starts_afresh_and_says_why()
    {
        using (var file = Open(new VectorSet()).File)
        {
            file.Append([StoredVector.From("a", 1, 1, 1, VectorSetTests.Unit())]);
        }

        var set = new VectorSet();
        var (reopened, restarted, _) = VectorFile.Open(FilePath, "another-model", set);
        reopened.Dispose();

        Assert.Equal("it holds vectors of another model (all-MiniLM-L6-v2)", restarted);
        Assert.Equal(0, set.Count);
    }

    [Fact]
    public void A_rewrite_keeps_only_the_live_vectors()
    {
        var set = new VectorSet();
        using (var file = Open(set).File)
        {
            for (var revision = 1; revision <= 5; revision++)
            {
                var vectors = Enumerable.Range(0, 20).Select(i => StoredVector.From($"p{i}", revision, 1, 1, VectorSetTests.Unit())).ToList();
                file.Append(vectors);
                set.Put(vectors);
            }
        }

        var before = new FileInfo(FilePath).Length;
        VectorFile.Rewrite(FilePath, EmbeddingModel.Default.Name, set).Dispose();
        var reread = new VectorSet();
        var (again, _, records) = Open(reread);
        again.Dispose();

        Assert.Equal(20, records);
        Assert.True(new FileInfo(FilePath).Length < before / 4);
        Assert.All(Enumerable.Range(0, 20), i => Assert.Equal(5, reread.Get($"p{i}")!.Revision));
    }

    [Fact]
    public void Records_read_across_the_readers_buffer_come_back_whole_up_to_a_damaged_one()
    {
        // About 2.5 MB of records, so many span the reader's 1 MB buffer; non-ASCII keys test the key's byte length.
        var vectors = Enumerable.Range(0, 6_000).Select(i => StoredVector.From($"p{i}-ä{new string('x', i % 40)}", i, i * 7, i * 11, VectorSetTests.Unit())).ToList();
        using (var file = Open(new VectorSet()).File)
        {
            file.Append(vectors);
        }

        var set = new VectorSet();
        var (reopened, _, records) = Open(set);
        reopened.Dispose();
        Assert.Equal((6_000, 6_000), (records, set.Count));
        Assert.All(vectors, v =>
        {
            var read = set.Get(v.Key)!;
            Assert.Equal((v.Revision, v.TextHash, v.Published, v.Scale), (read.Revision, read.TextHash, read.Published, read.Scale));
            Assert.Equal(v.Codes, read.Codes);
        });

        // A byte flipped in the middle of the file: the records before the damaged one are kept, the rest cut off.
        var length = new FileInfo(FilePath).Length;
        using (var stream = new FileStream(FilePath, FileMode.Open))
        {
            stream.Position = length / 2;
            var b = stream.ReadByte();
            stream.Position = length / 2;
            stream.WriteByte((byte)(b ^ 0x5A));
        }

        var damaged = new VectorSet();
        var (cut, _, kept) = Open(damaged);
        cut.Dispose();
        Assert.InRange(kept, 2_900, 3_100);
        Assert.Equal(kept, damaged.Count);
        Assert.All(vectors.Take(kept), v => Assert.NotNull(damaged.Get(v.Key)));
        Assert.True(new FileInfo(FilePath).Length < (length / 2) + 1, "the file is cut at the damaged record");
    }

    [Fact]
    public void Holding_records_is_told_from_the_header_alone_without_reading_the_vectors()
    {
        var model = EmbeddingModel.Default.Name;
        Assert.False(VectorFile.HoldsRecords(FilePath, model)); // no file yet

        using (Open(new VectorSet()).File)
        {
            Assert.False(VectorFile.HoldsRecords(FilePath, model)); // a header, no record
        }

        using (var file = Open(new VectorSet()).File)
        {
            file.Append([StoredVector.From("a", 1, 1, 1, VectorSetTests.Unit())]);
            Assert.True(VectorFile.HoldsRecords(FilePath, model)); // read while the writer holds it open
        }

        Assert.False(VectorFile.HoldsRecords(FilePath, "another-model"));
    }

    private (VectorFile File, string? Restarted, int Records) Open(VectorSet into) => VectorFile.Open(FilePath, EmbeddingModel.Default.Name, into);
}
