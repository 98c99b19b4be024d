using System.Text;

namespace DigestBot.Semantic;

/// <summary>
/// The paper vectors on disk (<c>semantic/vectors.bin</c> in the data directory): a header naming the format version
/// and the model, then records appended as papers are embedded or removed, each with its length and a checksum. What
/// a crash cut short at the end is dropped at the next open; a later record for a key replaces an earlier one, and a
/// file holding many replaced records is rewritten at open. Kept open for appending by one writer (the data
/// directory's lock makes it one process).
/// </summary>
internal sealed class VectorFile : IDisposable
{
    public const string DirectoryName = "semantic";
    public const string FileName = "vectors.bin";

    // Bumped when the record layout changes; the file is then started afresh and papers embedded again.
    internal const int FormatVersion = 2;
    internal const string Magic = "DIGESTBOT-VECTORS";
    internal const byte Vector = 1;
    internal const byte Removed = 2;

    private readonly FileStream _stream;
    private readonly BinaryWriter _writer;

    private VectorFile(FileStream stream)
    {
        _stream = stream;
        _writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
    }

    /// <summary>
    /// Opens (or creates) the file and reads every vector into <paramref name="into"/>. Returns why the file was started
    /// afresh (another format or model), or null when it was read (or is new), and how many records it held.
    /// </summary>
    public static (VectorFile File, string? Restarted, int Records) Open(string path, string model, VectorSet into)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        string? restarted = null;
        var records = 0;
        if (stream.Length > 0)
        {
            restarted = VectorFileReader.ReadHeader(stream, model);
            if (restarted is null)
            {
                records = VectorFileReader.ReadRecords(stream, into);
            }
        }

        if (stream.Length == 0 || restarted is not null)
        {
            stream.SetLength(0);
            WriteHeader(stream, model);
        }

        stream.Seek(0, SeekOrigin.End);
        return (new VectorFile(stream), restarted, records);
    }

    /// <summary>
    /// Whether the file at <paramref name="path"/> holds any record after a header of this version and
    /// <paramref name="model"/> (read without opening it for writing): a cheap look before paying for the model.
    /// </summary>
    public static bool HoldsRecords(string path, string model)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            return VectorFileReader.ReadHeader(stream, model) is null && stream.Position < stream.Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// Writes every vector of <paramref name="vectors"/> to a new file that then replaces the one at
    /// <paramref name="path"/> (a crash meanwhile leaves the old one), and opens it for appending.
    /// </summary>
    public static VectorFile Rewrite(string path, string model, VectorSet vectors)
    {
        var temporary = path + ".new";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            WriteHeader(stream, model);
            using var file = new VectorFile(stream);
            vectors.ForEach(v => file.Write(Vector, v));
            file._writer.Flush();
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
        var reopened = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read);
        reopened.Seek(0, SeekOrigin.End);
        return new VectorFile(reopened);
    }

    public void Append(IEnumerable<StoredVector> vectors)
    {
        foreach (var v in vectors)
        {
            Write(Vector, v);
        }

        _writer.Flush();
    }

    public void AppendRemoved(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            Write(Removed, new StoredVector(key, 0, 0, 0, 0, []));
        }

        _writer.Flush();
    }

    public void Dispose()
    {
        _writer.Dispose();
        _stream.Dispose();
    }

    private static void WriteHeader(Stream stream, string model)
    {
        using var header = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        header.Write(Magic);
        header.Write(FormatVersion);
        header.Write(model);
        header.Flush();
    }

    private void Write(byte kind, StoredVector v)
    {
        using var buffer = new MemoryStream();
        using (var record = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            record.Write(kind);
            record.Write(v.Key);
            if (kind == Vector)
            {
                new RecordWriter(record).Write(v.Revision).Write(v.TextHash).Write(v.Published).Write(v.Scale).Write(v.Codes);
            }
        }

        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        _writer.Write(bytes.Length);
        _writer.Write(bytes);
        _writer.Write(VectorFileReader.Checksum(bytes));
    }
}
