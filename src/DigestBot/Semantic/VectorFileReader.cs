using System.Runtime.InteropServices;
using System.Text;

namespace DigestBot.Semantic;

/// <summary>Reads <see cref="VectorFile"/>'s header and records.</summary>
internal static class VectorFileReader
{
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
    public static int ReadRecords(FileStream stream, VectorSet into)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        var good = stream.Position;
        var count = 0;
        var batch = new List<StoredVector>();
        while (stream.Length - stream.Position >= sizeof(int))
        {
            var length = reader.ReadInt32();
            if (length <= 0 || length > stream.Length - stream.Position - sizeof(uint))
            {
                break;
            }

            var bytes = reader.ReadBytes(length);
            if (reader.ReadUInt32() != Checksum(bytes))
            {
                break;
            }

            using var record = new BinaryReader(new MemoryStream(bytes), Encoding.UTF8);
            var kind = record.ReadByte();
            var key = record.ReadString();
            if (kind == VectorFile.Vector)
            {
                batch.Add(new StoredVector(key, record.ReadInt64(), record.ReadInt64(), record.ReadInt64(), record.ReadSingle(), MemoryMarshal.Cast<byte, sbyte>(record.ReadBytes(EmbeddingModel.Dimensions)).ToArray()));
                if (batch.Count == 4096)
                {
                    into.Put(batch);
                    batch.Clear();
                }
            }
            else
            {
                into.Put(batch);
                batch.Clear();
                into.Remove([key]);
            }

            good = stream.Position;
            count++;
        }

        into.Put(batch);
        stream.SetLength(good);
        return count;
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
