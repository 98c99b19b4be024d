using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace DigestBot.Search;

/// <summary>
/// The files inside a compound file, read from its mapping where files are mapped (<see cref="MappedFile"/>), else at
/// their positions in it (see <see cref="PositionalReadDirectory"/>). The slicer holds the compound file for as long as
/// Lucene reads its parts and closes it once.
/// </summary>
internal sealed class PositionalSlicer : Lucene.Net.Store.Directory.IndexInputSlicer
{
    private readonly string _file;
    private readonly SafeFileHandle _handle;
    private readonly IOContext _context;
    private readonly MappedFile? _mapped;

    public PositionalSlicer(string file, SafeFileHandle handle, IOContext context, bool map)
    {
        (_file, _handle, _context) = (file, handle, context);
        _mapped = map ? MappedFile.Map(handle, RandomAccess.GetLength(handle)) : null;
    }

    public override IndexInput OpenSlice(string sliceDescription, long offset, long length)
    {
        var description = $"{sliceDescription} in path=\"{_file}\" slice={offset}:{offset + length}";
        if (MemoryIndexInput.Holds(sliceDescription, length))
        {
            return MemoryIndexInput.Read($"MemoryIndexInput({description})", _handle, offset, length);
        }

        return _mapped is not null
            ? new MappedIndexInput($"MappedIndexInput({description})", _mapped, offset, length, owner: false)
            : new PositionalIndexInput($"PositionalIndexInput({description})", _handle, offset, length, PositionalIndexInput.ReadSize(_context), owner: false);
    }

    [Obsolete("Only for reading CFS files from 3.x indexes.")]
    public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, RandomAccess.GetLength(_handle));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _mapped?.Close();
            _handle.Dispose(); // a SafeHandle closes once however often disposed
        }
    }
}
