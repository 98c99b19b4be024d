using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace DigestBot.Search;

/// <summary>
/// A file of the index (or a slice of a compound file) read at positions with <see cref="RandomAccess.Read(SafeFileHandle, Span{byte}, long)"/>:
/// no shared stream, no lock, no seek. Clones share the handle; only the input the directory opened closes it.
/// </summary>
internal sealed class PositionalIndexInput : BufferedIndexInput
{
    /// <summary>
    /// Bytes read at once outside merges. Lucene's default is 1,024; the stream NIOFSDirectory read through fetched
    /// 4,096 at a time anyway, and a refill costs a system call however small.
    /// </summary>
    public const int SearchBufferSize = 4096;

    private readonly SafeFileHandle _handle;
    private readonly long _start;
    private readonly long _length;
    private bool _owner;

    public PositionalIndexInput(string description, SafeFileHandle handle, long start, long length, int bufferSize, bool owner)
        : base(description, bufferSize)
    {
        _handle = handle;
        _start = start;
        _length = length;
        _owner = owner;
    }

    public override long Length => _length;

    public static int ReadSize(IOContext context) => Math.Max(SearchBufferSize, GetBufferSize(context));

    public override object Clone()
    {
        var clone = (PositionalIndexInput)base.Clone();
        clone._owner = false;
        return clone;
    }

    protected override void ReadInternal(byte[] b, int offset, int length)
    {
        var position = Position;
        if (position + length > _length)
        {
            throw new EndOfStreamException($"read past EOF: {this}");
        }

        var into = b.AsSpan(offset, length);
        while (into.Length > 0)
        {
            var read = RandomAccess.Read(_handle, into, _start + position);
            if (read <= 0)
            {
                throw new EndOfStreamException($"read past EOF: {this} (at {position}, {into.Length} bytes left)");
            }

            position += read;
            into = into[read..];
        }
    }

    protected override void SeekInternal(long pos)
    {
        // Every read says where it reads.
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _owner)
        {
            _handle.Dispose();
        }
    }
}
