using System.Runtime.InteropServices;
using System.Text;

namespace DigestBot.Semantic;

/// <summary>
/// The paper vectors on disk (<c>semantic/vectors.bin</c> in the data directory): a header naming the format version
/// and the model, then records appended as papers are embedded or removed, each with its length and a checksum. What
/// a crash cut short at the end is dropped at the next open; a later record for a key replaces an earlier one. Kept
/// open for appending by one writer (the data directory's lock makes it one process).
/// </summary>
internal sealed class VectorFile : IDisposable
{
    public const string DirectoryName = "semantic";
    public const string FileName = "vectors.bin";

    // Bumped when the record layout changes; the file is then started afresh and papers embedded again.
    private const int FormatVersion = 1;
    private const string Magic = "DIGESTBOT-VECTORS";
    private const byte Vector = 1;
    private const byte Removed = 2;

    private readonly FileStream _stream;
    private readonly BinaryWriter _writer;

    private VectorFile(FileStream stream)
    {
        _stream = stream;
        _writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
    }

    /// <summary>
    /// Opens (or creates) the file and reads every vector into <paramref name="into"/>. Returns why the file was started
    /// afresh (another format or model), or null when it was read (or is new).
    /// </summary>
    public static (VectorFile File, string? Restarted, int Records) Open(string path, string model, VectorSet into)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        string? restarted = null;
        var records = 0;
        if (stream.Length > 0)
        {
            restarted = ReadHeader(stream, model);
            if (restarted is null)
            {
                records = ReadRecords(stream, into);
            }
        }

        if (stream.Length == 0 || restarted is not null)
        {
            stream.SetLength(0);
            using var header = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
            header.Write(Magic);
            header.Write(FormatVersion);
            header.Write(model);
            header.Flush();
        }

        stream.Seek(0, SeekOrigin.End);
        return (new VectorFile(stream), restarted, records);
    }

    public void Append(IEnumerable<StoredVector> vectors)
    {
        foreach (var v in vectors)
        {
            Write(Vector, v.Key, body => body.Write(v.Revision).Write(v.TextHash).Write(v.Published).Write(v.Scale).Write(v.Codes));
        }

        _writer.Flush();
    }

    public void AppendRemoved(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            Write(Removed, key, _ => { });
        }

        _writer.Flush();
    }

    public void Dispose()
    {
        _writer.Dispose();
        _stream.Dispose();
    }

    private void Write(byte kind, string key, Action<RecordWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var record = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            record.Write(kind);
            record.Write(key);
            body(new RecordWriter(record));
        }

        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        _writer.Write(bytes.Length);
        _writer.Write(bytes);
        _writer.Write(Checksum(bytes));
    }

    private static string? ReadHeader(FileStream stream, string model)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            if (reader.ReadString() != Magic || reader.ReadInt32() != FormatVersion)
            {
                return "it was written by another version of digestbot";
            }

            var written = reader.ReadString();
            return written == model ? null : $"it holds vectors of another model ({written})";
        }
        catch (EndOfStreamException)
        {
            return "its header is cut short";
        }
    }

    /// <summary>Reads records until the end or the first one cut short or damaged, and cuts the file there.</summary>
    private static int ReadRecords(FileStream stream, VectorSet into)
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
            if (kind == Vector)
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
    private static uint Checksum(ReadOnlySpan<byte> bytes)
    {
        var hash = 2166136261u;
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash;
    }
}
