using DigestBot.Search;
using DigestBot.Tests.Support;
using Lucene.Net.Store;

namespace DigestBot.Tests.Search;

/// <summary>The index's files read at positions with <c>pread</c> (<see cref="PositionalIndexInput"/>), against the bytes written.</summary>
public sealed class PositionalReadDirectoryTests() : ReadDirectoryTests(map: false)
{
}

/// <summary>
/// The index's files read from their mappings (<see cref="MappedIndexInput"/>, Linux), against the bytes written; the
/// same checks as the reads at positions, and what closing a mapping does.
/// </summary>
public sealed class MappedReadDirectoryTests() : ReadDirectoryTests(map: true)
{
    [Fact]
    public void Numbers_written_anywhere_read_back_as_written_up_to_the_last_byte()
    {
        long[] values = [0, 1, 127, 128, 16_383, 16_384, int.MaxValue, (long)int.MaxValue + 1, long.MaxValue];
        using (var output = Files.CreateOutput("numbers.bin", IOContext.DEFAULT))
        {
            foreach (var value in values)
            {
                output.WriteVInt64(value);
                if (value <= int.MaxValue)
                {
                    output.WriteVInt32((int)value);
                }

                output.WriteInt64(-value);
            }

            output.WriteInt32(-1);
            output.WriteVInt32(int.MaxValue); // 5 bytes
            output.WriteByte(0x80); // a VInt32 the file cuts short
        }

        using var input = Files.OpenInput("numbers.bin", IOContext.DEFAULT);
        foreach (var value in values)
        {
            Assert.Equal(value, input.ReadVInt64());
            if (value <= int.MaxValue)
            {
                Assert.Equal((int)value, input.ReadVInt32());
            }

            Assert.Equal(-value, input.ReadInt64());
        }

        Assert.Equal((-1, int.MaxValue), (input.ReadInt32(), input.ReadVInt32()));
        Assert.Equal(input.Length - 1, input.Position);
        Assert.Throws<EndOfStreamException>(() => input.ReadVInt32());
    }

    [Fact]
    public void Once_the_file_is_closed_its_clones_fail_as_a_closed_file_does_and_its_space_is_given_back()
    {
        var input = Files.OpenInput("data.bin", IOContext.DEFAULT);
        var clone = (IndexInput)input.Clone();
        using var slicer = Files.CreateSlicer("data.bin", IOContext.DEFAULT);
        var slice = slicer.OpenSlice("inner", 0, 1_000);
        Assert.Equal((Bytes[0], Bytes[0]), (clone.ReadByte(), slice.ReadByte()));
        var path = Path.Combine(Temp.Path, "data.bin");

        input.Dispose();
        slicer.Dispose();

        var closed = new byte[8];
        foreach (var reader in new[] { clone, slice })
        {
            Assert.Throws<ObjectDisposedException>(() => reader.ReadByte());
            Assert.Throws<ObjectDisposedException>(() => reader.ReadBytes(closed, 0, closed.Length));
            Assert.Throws<ObjectDisposedException>(() => reader.ReadInt64());
        }

        if (OperatingSystem.IsLinux())
        {
            // Nothing in the process maps the file any more, so deleting it frees its space now, not at a collection.
            Assert.DoesNotContain(File.ReadLines("/proc/self/maps"), line => line.EndsWith(path, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void An_empty_file_opens_and_has_nothing_to_read()
    {
        Files.CreateOutput("empty.bin", IOContext.DEFAULT).Dispose();

        using var input = Files.OpenInput("empty.bin", IOContext.DEFAULT);

        Assert.Equal(0, input.Length);
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
    }
}

/// <summary>What every way of reading the index's files must give: the bytes written, from any position, clone and slice.</summary>
public abstract class ReadDirectoryTests : IDisposable
{
    private const int Size = 50_000; // several buffers of PositionalIndexInput.SearchBufferSize
    private readonly TempDirectory _temp = new();
    private readonly PositionalReadDirectory _directory;
    private readonly byte[] _bytes = new byte[Size];
    private readonly bool _map;

    protected ReadDirectoryTests(bool map)
    {
        _map = map;
        _directory = new PositionalReadDirectory(_temp.Path, map);
        new Random(18).NextBytes(_bytes);
        using var output = _directory.CreateOutput("data.bin", IOContext.DEFAULT);
        output.WriteBytes(_bytes, _bytes.Length);
    }

    [Fact]
    public void Files_and_compound_files_are_mapped_where_asked_and_the_system_allows_it_else_read_at_positions()
    {
        using var input = _directory.OpenInput("data.bin", IOContext.DEFAULT);
        using var slicer = _directory.CreateSlicer("data.bin", IOContext.DEFAULT);
        using var slice = slicer.OpenSlice("_1_Lucene41_0.doc", 1_000, 2_000);

        var expected = _map && MappedFile.Supported ? typeof(MappedIndexInput) : typeof(PositionalIndexInput);
        Assert.Equal([expected, expected], new[] { input, slice }.Select(i => i.GetType()));
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

        Assert.Equal([typeof(MemoryIndexInput), typeof(MemoryIndexInput)], new[] { input, slice }.Select(i => i.GetType()));
        Assert.IsNotType<MemoryIndexInput>(other);
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

    private protected PositionalReadDirectory Files => _directory;

    protected TempDirectory Temp => _temp;

    protected byte[] Bytes => _bytes;

    public void Dispose()
    {
        _directory.Dispose();
        _temp.Dispose();
        GC.SuppressFinalize(this);
    }
}
