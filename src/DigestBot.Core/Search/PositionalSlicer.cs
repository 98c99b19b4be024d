using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace DigestBot.Search;

/// <summary>The files inside a compound file, read at their positions in it (see <see cref="PositionalReadDirectory"/>).</summary>
internal sealed class PositionalSlicer(string file, SafeFileHandle handle, IOContext context) : Lucene.Net.Store.Directory.IndexInputSlicer
{
    public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
        MemoryIndexInput.Holds(sliceDescription, length)
        ? MemoryIndexInput.Read($"MemoryIndexInput({sliceDescription} in path=\"{file}\" slice={offset}:{offset + length})", handle, offset, length)
        : new PositionalIndexInput($"PositionalIndexInput({sliceDescription} in path=\"{file}\" slice={offset}:{offset + length})", handle, offset, length, PositionalIndexInput.ReadSize(context), owner: false);

    [Obsolete("Only for reading CFS files from 3.x indexes.")]
    public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, RandomAccess.GetLength(handle));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            handle.Dispose(); // a SafeHandle closes once however often disposed
        }
    }
}
