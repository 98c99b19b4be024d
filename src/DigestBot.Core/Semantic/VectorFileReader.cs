using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace DigestBot.Semantic;

/// <summary>Reads <see cref="VectorFile"/>'s header and records.</summary>
internal static class VectorFileReader
{
    private const int BatchSize = 4096;

    /// <summary>Why the file cannot be read as this version's vectors of <paramref name="model"/>, or null when it can.</summary>
    public static string? ReadHeader(FileStream stream, string model)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            if (reader.ReadString() != VectorFile.Magic || reader.ReadInt32() != VectorFile.FormatVersion)
            {
                return "it was written by another version of digestbot";
            }

            var written = reader.ReadString();
            return written == model ? null : $"it holds vectors of another model ({written})";
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException)
        {
            return "its header is cut short or damaged";
        }
    }

    /// <summary>Reads records until the end or the first one cut short or damaged, and cuts the file there; returns how many it read.</summary>
    /// <remarks>
    /// Reads the file a megabyte at a time and takes each record's fields out of the buffer in place: a million
    /// vectors are read at every start of a process that searches by meaning, the one-shot CLI included.
    /// </remarks>
    public static int ReadRecords(FileStream stream, VectorSet into)
    {
        var buffer = new byte[1 << 20];
        var (filled, at) = (0, 0);
        var good = stream.Position;
        var count = 0;
        var batch = new List<StoredVector>(BatchSize);

        // What is left of the file after what the buffer holds, so a record's stated length can be checked against it
        // (the length asked once: this stream asks the system on every read of Length).
        var end = stream.Length;
        long Unread() => end - stream.Position;
        bool Have(int bytes)
        {
            if (filled - at >= bytes)
            {
                return true;
            }

            if (bytes > buffer.Length)
            {
                Array.Resize(ref buffer, bytes);
            }

            buffer.AsSpan(at, filled - at).CopyTo(buffer);
            (filled, at) = (filled - at, 0);
            int read;
            while (filled < bytes && (read = stream.Read(buffer, filled, buffer.Length - filled)) > 0)
            {
                filled += read;
            }

            return filled >= bytes;
        }

        while (Have(sizeof(int)))
        {
            var length = BinaryPrimitives.ReadInt32LittleEndian(buffer.AsSpan(at));
            if (length <= 0 || length > filled - at - sizeof(int) + Unread() - sizeof(uint) || !Have(sizeof(int) + length + sizeof(uint)))
            {
                break;
            }

            var bytes = buffer.AsSpan(at + sizeof(int), length);
            if (BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(at + sizeof(int) + length)) != Checksum(bytes) || Parse(bytes) is not { } record)
            {
                break;
            }

            if (record.Kind == VectorFile.Vector)
            {
                batch.Add(record.Vector);
                if (batch.Count == BatchSize)
                {
                    into.Put(batch);
                    batch.Clear();
                }
            }
            else
            {
                into.Put(batch);
                batch.Clear();
                into.Remove([record.Vector.Key]);
            }

            at += sizeof(int) + length + sizeof(uint);
            good += sizeof(int) + length + sizeof(uint);
            count++;
        }

        into.Put(batch);
        stream.SetLength(good);
        stream.Position = good;
        return count;
    }

    /// <summary>One record's kind and fields (a removal carries only its key); null when its fields do not fit it.</summary>
    private static (byte Kind, StoredVector Vector)? Parse(ReadOnlySpan<byte> bytes)
    {
        const int fixedPart = (3 * sizeof(long)) + sizeof(float) + EmbeddingModel.Dimensions;
        var kind = bytes[0];
        var (keyLength, prefix) = ReadLength(bytes[1..]);
        var keyStart = 1 + prefix;
        if (keyLength < 0 || keyLength > bytes.Length - keyStart)
        {
            return null;
        }

        var key = Encoding.UTF8.GetString(bytes.Slice(keyStart, keyLength));
        if (kind != VectorFile.Vector)
        {
            return (kind, new StoredVector(key, 0, 0, 0, 0, []));
        }

        var fields = bytes[(keyStart + keyLength)..];
        if (fields.Length < fixedPart)
        {
            return null;
        }

        return (kind, new StoredVector(
            key,
            BinaryPrimitives.ReadInt64LittleEndian(fields),
            BinaryPrimitives.ReadInt64LittleEndian(fields[8..]),
            BinaryPrimitives.ReadInt64LittleEndian(fields[16..]),
            BinaryPrimitives.ReadSingleLittleEndian(fields[24..]),
            MemoryMarshal.Cast<byte, sbyte>(fields.Slice(28, EmbeddingModel.Dimensions)).ToArray()));
    }

    /// <summary>A string's length as BinaryWriter writes it (7 bits a byte, low first) and how many bytes that took; -1 when malformed.</summary>
    private static (int Length, int Bytes) ReadLength(ReadOnlySpan<byte> bytes)
    {
        var value = 0;
        for (var i = 0; i < Math.Min(5, bytes.Length); i++)
        {
            value |= (bytes[i] & 0x7F) << (7 * i);
            if ((bytes[i] & 0x80) == 0)
            {
                return (value, i + 1);
            }
        }

        return (-1, 0);
    }

    /// <summary>FNV-1a, 32 bits: enough to tell a record cut or scrambled by a crash from a whole one.</summary>
    public static uint Checksum(ReadOnlySpan<byte> bytes)
    {
        var hash = 2166136261u;
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash;
    }
}
