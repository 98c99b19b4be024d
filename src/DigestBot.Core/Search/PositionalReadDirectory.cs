using Lucene.Net.Store;

namespace DigestBot.Search;

/// <summary>
/// The index's directory: Lucene.NET's <see cref="NIOFSDirectory"/> (writing, locking and listing unchanged), with
/// every file read at a position through .NET's <see cref="RandomAccess"/> (<c>pread</c>) by
/// <see cref="PositionalIndexInput"/>. NIOFSDirectory in 4.8.0-beta00017 reads through one <see cref="FileStream"/>
/// per file shared by all its clones: under a lock it asks the file's length, seeks the stream there, reads through the
/// stream's own buffer and seeks back. A profile of free-text searches at 1M papers put more than half of their time
/// there (docs/performance.md). Positional reads need no lock, so two searches read at once; Lucene.NET made the same
/// change after beta00017 (commit 189b4ea, "uses the BCL RandomAccess class"). MMap stays out (see <see cref="SearchIndex"/>).
/// Doc values, read at scattered positions when matches are sorted by date, are held in memory instead
/// (<see cref="MemoryIndexInput"/>).
/// </summary>
internal sealed class PositionalReadDirectory(string path) : NIOFSDirectory(path)
{
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var (file, handle) = OpenHandle(name);
        var length = RandomAccess.GetLength(handle);
        if (MemoryIndexInput.Holds(name, length))
        {
            using (handle)
            {
                return MemoryIndexInput.Read($"MemoryIndexInput(path=\"{file}\")", handle, 0, length);
            }
        }

        return new PositionalIndexInput($"PositionalIndexInput(path=\"{file}\")", handle, 0, length, PositionalIndexInput.ReadSize(context), owner: true);
    }

    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        var (file, handle) = OpenHandle(name);
        return new PositionalSlicer(file, handle, context);
    }

    private (string File, Microsoft.Win32.SafeHandles.SafeFileHandle Handle) OpenHandle(string name)
    {
        var file = System.IO.Path.Combine(Directory.FullName, name);
        return (file, File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete));
    }
}
