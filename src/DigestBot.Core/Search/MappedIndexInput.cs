using System.Buffers.Binary;
using Lucene.Net.Store;

namespace DigestBot.Search;

/// <summary>
/// A file of the index (or a slice of a compound file) read straight from its mapping (<see cref="MappedFile"/>): no
/// buffer, no system call. A free-text question at 1M papers made some 2,000 <c>pread</c> calls through
/// <see cref="PositionalIndexInput"/>, mostly a fresh 4 KB refill for each word's postings in each of the index's
/// segments (docs/performance.md, "Reads without system calls"). Clones and slices share the mapping; only the input
/// the directory opened closes it, after which every read of it or its clones fails as a closed file's would.
/// </summary>
internal sealed unsafe class MappedIndexInput : IndexInput
{
    private readonly MappedFile _file;
    private readonly byte* _start;
    private readonly long _length;
    private long _position;
    private bool _owner;

    public MappedIndexInput(string description, MappedFile file, long offset, long length, bool owner)
        : base(description)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset + length, file.Length);
        _file = file;
        _start = (byte*)file.Address + offset;
        _length = length;
        _owner = owner;
    }

    public override long Length => _length;

    public override long Position => _position;

    public override byte ReadByte()
    {
        if (_position >= _length)
        {
            throw new EndOfStreamException($"read past EOF: {this}");
        }

        var value = *At();
        _position++;
        return value;
    }

    public override void ReadBytes(byte[] b, int offset, int len)
    {
        new ReadOnlySpan<byte>(Take(len), len).CopyTo(b.AsSpan(offset, len));
        GC.KeepAlive(this); // the mapping is unmapped only once no input refers to it: not while one reads
    }

    public override short ReadInt16()
    {
        var value = BinaryPrimitives.ReadInt16BigEndian(new ReadOnlySpan<byte>(Take(sizeof(short)), sizeof(short)));
        GC.KeepAlive(this);
        return value;
    }

    public override int ReadInt32()
    {
        var value = BinaryPrimitives.ReadInt32BigEndian(new ReadOnlySpan<byte>(Take(sizeof(int)), sizeof(int)));
        GC.KeepAlive(this);
        return value;
    }

    public override long ReadInt64()
    {
        var value = BinaryPrimitives.ReadInt64BigEndian(new ReadOnlySpan<byte>(Take(sizeof(long)), sizeof(long)));
        GC.KeepAlive(this);
        return value;
    }

    public override int ReadVInt32()
    {
        if (_length - _position < 5)
        {
            return base.ReadVInt32(); // near the end, byte by byte, so a bad one fails as EOF
        }

        var p = At();
        var (value, shift) = (0, 0);
        for (var i = 0; i < 4; i++, shift += 7)
        {
            var b = p[i];
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                _position += i + 1;
                return value;
            }
        }

        if ((p[4] & 0xF0) == 0)
        {
            _position += 5;
            return value | (p[4] << 28);
        }

        throw new IOException($"Invalid VInt32 detected (too many bits): {this}");
    }

    public override long ReadVInt64()
    {
        if (_length - _position < 9)
        {
            return base.ReadVInt64();
        }

        var p = At();
        var (value, shift) = (0L, 0);
        for (var i = 0; i < 9; i++, shift += 7)
        {
            var b = p[i];
            value |= (long)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                _position += i + 1;
                return value;
            }
        }

        throw new IOException($"Invalid VInt64 detected (negative values disallowed): {this}");
    }

    public override void Seek(long pos)
    {
        if (pos < 0 || pos > _length)
        {
            throw new EndOfStreamException($"seek past EOF: {this} (to {pos})");
        }

        _position = pos;
    }

    public override object Clone()
    {
        var clone = (MappedIndexInput)base.Clone();
        clone._owner = false;
        return clone;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _owner)
        {
            _file.Close();
        }
    }

    /// <summary>The current position's address (the caller checked the bytes it reads are there).</summary>
    private byte* At()
    {
        if (_file.Closed)
        {
            throw new ObjectDisposedException($"{this}", "The index file was closed.");
        }

        return _start + _position;
    }

    /// <summary>The address of the next <paramref name="count"/> bytes, moving past them.</summary>
    private byte* Take(int count)
    {
        if (count < 0 || _position > _length - count)
        {
            throw new EndOfStreamException($"read past EOF: {this}");
        }

        var p = At();
        _position += count;
        return p;
    }
}
