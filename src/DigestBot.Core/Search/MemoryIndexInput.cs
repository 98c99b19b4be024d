using System.Buffers.Binary;
using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace DigestBot.Search;

/// <summary>
/// A small index file held in memory, read with no buffer and no system call: the doc values that sort by date
/// (<see cref="IndexFields.Published"/>, some 4 bytes a paper). Sorting a query's matches newest first reads one
/// value per match at scattered positions; from disk each miss of a 4 KB buffer was a <c>pread</c>, and a profile of
/// wildcard searches put half their time there. Clones share the bytes.
/// </summary>
internal sealed class MemoryIndexInput : IndexInput
{
    /// <summary>Larger doc values files stay on disk (a corpus far past tens of millions of papers).</summary>
    public const long MaxBytes = 64L << 20;

    private readonly byte[] _bytes;
    private int _position;

    private MemoryIndexInput(string description, byte[] bytes)
        : base(description)
    {
        _bytes = bytes;
    }

    public override long Length => _bytes.Length;

    public override long Position => _position;

    /// <summary>Whether a file of the index is doc values data (Lucene's <c>.dvd</c>), read here when small enough.</summary>
    public static bool Holds(string name, long length) => name.EndsWith(".dvd", StringComparison.Ordinal) && length <= MaxBytes;

    /// <summary>Reads <paramref name="length"/> bytes at <paramref name="start"/> of the file.</summary>
    public static MemoryIndexInput Read(string description, SafeFileHandle handle, long start, long length)
    {
        var bytes = new byte[length];
        var read = 0;
        while (read < bytes.Length)
        {
            var n = RandomAccess.Read(handle, bytes.AsSpan(read), start + read);
            if (n <= 0)
            {
                throw new EndOfStreamException($"read past EOF: {description} (at {read} of {length} bytes)");
            }

            read += n;
        }

        return new MemoryIndexInput(description, bytes);
    }

    public override byte ReadByte()
    {
        if (_position >= _bytes.Length)
        {
            throw new EndOfStreamException($"read past EOF: {this}");
        }

        return _bytes[_position++];
    }

    public override void ReadBytes(byte[] b, int offset, int len)
    {
        Take(len).CopyTo(b.AsSpan(offset, len));
    }

    public override short ReadInt16() => BinaryPrimitives.ReadInt16BigEndian(Take(sizeof(short)));

    public override int ReadInt32() => BinaryPrimitives.ReadInt32BigEndian(Take(sizeof(int)));

    public override long ReadInt64() => BinaryPrimitives.ReadInt64BigEndian(Take(sizeof(long)));

    public override void Seek(long pos)
    {
        if (pos < 0 || pos > _bytes.Length)
        {
            throw new EndOfStreamException($"seek past EOF: {this} (to {pos})");
        }

        _position = (int)pos;
    }

    public override object Clone() => MemberwiseClone();

    protected override void Dispose(bool disposing)
    {
        // The bytes are the garbage collector's; there is no handle.
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || _position > _bytes.Length - count)
        {
            throw new EndOfStreamException($"read past EOF: {this}");
        }

        var span = _bytes.AsSpan(_position, count);
        _position += count;
        return span;
    }
}
