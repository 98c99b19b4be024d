using Lucene.Net.Store;

namespace DigestBot.Search;

/// <summary>
/// The index's directory: Lucene.NET's <see cref="NIOFSDirectory"/> (writing, locking and listing unchanged), with
/// every file read without Lucene.NET's readers. On Linux each file is mapped into memory and read through pointers
/// (<see cref="MappedIndexInput"/>): a free-text question at 1M papers made some 2,000 <c>pread</c> calls, one per 4 KB
/// refill, mostly the first of each word's postings in each segment. Elsewhere, or with <paramref name="map"/> false,
/// files are read at positions through .NET's <see cref="RandomAccess"/> (<c>pread</c>) by
/// <see cref="PositionalIndexInput"/>: NIOFSDirectory in 4.8.0-beta00017 reads through one <see cref="FileStream"/>
/// per file shared by all its clones, under a lock (Lucene.NET made the same change after beta00017, commit 189b4ea).
/// Lucene.NET's own MMapDirectory stays out (see <see cref="SearchIndex"/> and <see cref="MappedFile"/> for what
/// differs). Doc values, read at scattered positions when matches are sorted by date, are held in memory
/// (<see cref="MemoryIndexInput"/>).
/// </summary>
/// <param name="map">Whether files are mapped where the system allows it (tests read the other way too).</param>
internal sealed class PositionalReadDirectory(string path, bool map = true) : NIOFSDirectory(path)
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

        if (map && MappedFile.Map(handle, length) is { } mapped)
        {
            handle.Dispose(); // the mapping holds the file
            return new MappedIndexInput($"MappedIndexInput(path=\"{file}\")", mapped, 0, length, owner: true);
        }

        return new PositionalIndexInput($"PositionalIndexInput(path=\"{file}\")", handle, 0, length, PositionalIndexInput.ReadSize(context), owner: true);
    }

    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        var (file, handle) = OpenHandle(name);
        return new PositionalSlicer(file, handle, context, map);
    }

    private (string File, Microsoft.Win32.SafeHandles.SafeFileHandle Handle) OpenHandle(string name)
    {
        var file = System.IO.Path.Combine(Directory.FullName, name);
        return (file, File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete));
    }
}
