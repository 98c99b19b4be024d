using System.Runtime.InteropServices;

namespace DigestBot.Semantic;

/// <summary>Chained writes of one vector record's fields (see <see cref="VectorFile"/>).</summary>
internal readonly struct RecordWriter(BinaryWriter writer)
{
    public RecordWriter Write(long value)
    {
        writer.Write(value);
        return this;
    }

    public RecordWriter Write(float value)
    {
        writer.Write(value);
        return this;
    }

    public RecordWriter Write(sbyte[] codes)
    {
        writer.Write(MemoryMarshal.AsBytes(codes.AsSpan()));
        return this;
    }
}
