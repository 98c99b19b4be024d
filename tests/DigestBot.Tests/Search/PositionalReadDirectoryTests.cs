using DigestBot.Search;
using DigestBot.Tests.Support;
using Lucene.Net.Store;

namespace DigestBot.Tests.Search;

/// <summary>The index's files read at positions (<see cref="PositionalReadDirectory"/>), against the bytes written.</summary>
public sealed class PositionalReadDirectoryTests : IDisposable
{
    private const int Size = 50_000; // several buffers of PositionalIndexInput.SearchBufferSize
    private readonly TempDirectory _temp = new();
    private readonly PositionalReadDirectory _directory;
    private readonly byte[] _bytes = new byte[Size];

    public PositionalReadDirectoryTests()
    {
        _directory = new PositionalReadDirectory(_temp.Path);
        new Random(18).NextBytes(_bytes);
        using var output = _directory.CreateOutput("data.bin", IOContext.DEFAULT);
        output.WriteBytes(_bytes, _bytes.Length);
    }

    [Fact]
    public void Reads_at_any_position_give_the_bytes_written_there()
    {
        using var input = _directory.OpenInput("data.bin", IOContext.DEFAULT);
        var random = new Random(5);

        Assert.Equal(Size, input.Length);
        for (var i = 0; i < 200; i++)
        {
            var at = random.Next(Size - 1);
            var length = random.Next(1, Math.Min(9000, Size - at));
            input.Seek(at);
            var read = new byte[length];
            input.ReadBytes(read, 0, length);

            Assert.Equal(_bytes.AsSpan(at, length).ToArray(), read);
            Assert.Equal(at + length, input.Position);
        }
    }

    [Fact]
    public void Clones_read_on_their_own_from_two_threads_and_closing_one_leaves_the_file_open()
    {
        using var input = _directory.OpenInput("data.bin", IOContext.DEFAULT);
        var clones = Enumerable.Range(0, 2).Select(_ => (IndexInput)input.Clone()).ToArray();

        Parallel.For(0, clones.Length, c =>
        {
            var clone = clones[c];
            for (var i = 0; i < 20; i++)
            {
                clone.Seek(0);
                for (var at = 0; at < Size; at++)
                {
                    Assert.Equal(_bytes[at], clone.ReadByte());
                }
            }
        });
        clones[0].Dispose();
        input.Seek(Size - 1);

        Assert.Equal(_bytes[^1], input.ReadByte());
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
    }

    [Fact]
    public void A_slice_of_a_compound_file_reads_its_own_bytes_and_ends_where_it_ends()
    {
        using var slicer = _directory.CreateSlicer("data.bin", IOContext.DEFAULT);
        using var slice = slicer.OpenSlice("inner", 10_000, 20_000);
        var read = new byte[20_000];

        slice.ReadBytes(read, 0, read.Length);

        Assert.Equal(20_000, slice.Length);
        Assert.Equal(_bytes.AsSpan(10_000, 20_000).ToArray(), read);
        Assert.Throws<EndOfStreamException>(() => slice.ReadByte());
        slice.Seek(5);
        Assert.Equal(_bytes[10_005], slice.ReadByte());
    }

    [Fact]
    public void Doc_values_files_and_slices_are_read_into_memory_and_give_the_numbers_written()
    {
        using (var output = _directory.CreateOutput("_0_Lucene45_0.dvd", IOContext.DEFAULT))
        {
            output.WriteBytes(_bytes, 100);
            output.WriteInt16(-12_345);
            output.WriteInt32(-1_234_567_890);
            output.WriteInt64(long.MinValue + 7);
            output.WriteBytes(_bytes, 100, 900);
        }

        using var input = _directory.OpenInput("_0_Lucene45_0.dvd", IOContext.DEFAULT);
        using var slicer = _directory.CreateSlicer("data.bin", IOContext.DEFAULT);
        using var slice = slicer.OpenSlice("_1_Lucene45_0.dvd", 1_000, 2_000);
        using var other = slicer.OpenSlice("_1_Lucene41_0.doc", 1_000, 2_000);

        Assert.Equal([typeof(MemoryIndexInput), typeof(MemoryIndexInput), typeof(PositionalIndexInput)], new[] { input, slice, other }.Select(i => i.GetType()));
        input.Seek(100);
        Assert.Equal(((short)-12_345, -1_234_567_890, long.MinValue + 7), (input.ReadInt16(), input.ReadInt32(), input.ReadInt64()));
        var clone = (IndexInput)input.Clone();
        var tail = new byte[900];
        clone.ReadBytes(tail, 0, tail.Length);
        Assert.Equal(_bytes.AsSpan(100, 900).ToArray(), tail);
        Assert.Equal(114, input.Position); // a clone reads on its own
        Assert.Throws<EndOfStreamException>(() => clone.ReadByte());

        slice.Seek(1_999);
        Assert.Equal((_bytes[2_999], 2_000L), (slice.ReadByte(), slice.Length));
        Assert.Throws<EndOfStreamException>(() => slice.ReadByte());
    }

    [Fact]
    public void A_missing_file_is_not_found()
    {
        Assert.Throws<FileNotFoundException>(() => _directory.OpenInput("missing.bin", IOContext.DEFAULT));
    }

    public void Dispose()
    {
        _directory.Dispose();
        _temp.Dispose();
    }
}
