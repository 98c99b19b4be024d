using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace DigestBot.Search;

/// <summary>
/// One index file mapped into memory, read-only (Linux <c>mmap</c>), shared by the input that opened it and its clones
/// and slices (<see cref="MappedIndexInput"/>). Reading a mapped page the system already caches is a memory read:
/// no system call, no copy into a buffer. Closing it never unmaps: the file's pages are swapped for zero pages in
/// place (<c>MAP_FIXED</c> over the same addresses), which lets the file go (a segment merged away frees its disk
/// space at once) while an input someone still reads sees zeros and a closed flag, never an unmapped address. Lucene.NET's
/// own MMapDirectory unmaps on close and crashed the process when a reader was still at it (Lucene.NET issue #1013);
/// the addresses here are given back only when no input refers to the mapping any more (its finalizer).
/// </summary>
internal sealed partial class MappedFile
{
    private const int ProtRead = 0x1;
    private const int MapShared = 0x01;
    private const int MapPrivate = 0x02;
    private const int MapFixed = 0x10;
    private const int MapAnonymous = 0x20;
    private static readonly nint Failed = -1;

    private readonly Lock _gate = new();

    private MappedFile(nint address, long length)
    {
        Address = address;
        Length = length;
    }

    ~MappedFile()
    {
        _ = Unmap(Address, (nuint)Length);
    }

    /// <summary>Whether files are mapped here: on Linux, where the calls and flags below are the system's.</summary>
    public static bool Supported => OperatingSystem.IsLinux() && Environment.Is64BitProcess;

    /// <summary>The first byte of the file in memory.</summary>
    public nint Address { get; }

    public long Length { get; }

    /// <summary>Whether the input that opened the file closed it: the pages are zeros now.</summary>
    public bool Closed { get; private set; }

    /// <summary>Maps the whole file (of <paramref name="length"/> bytes, more than none); null when the system refuses.</summary>
    public static MappedFile? Map(SafeFileHandle handle, long length)
    {
        if (!Supported || length <= 0)
        {
            return null;
        }

        var address = MapMemory(0, (nuint)length, ProtRead, MapShared, (int)handle.DangerousGetHandle(), 0);
        return address == Failed ? null : new MappedFile(address, length);
    }

    /// <summary>Lets the file go: its pages become zero pages at the same addresses. Once is enough; later calls do nothing.</summary>
    public void Close()
    {
        lock (_gate)
        {
            if (Closed)
            {
                return;
            }

            Closed = true;

            // Were this refused, the file would stay mapped until nothing refers to it (the finalizer unmaps it).
            _ = MapMemory(Address, (nuint)Length, ProtRead, MapPrivate | MapFixed | MapAnonymous, -1, 0);
        }
    }

    [LibraryImport("libc", EntryPoint = "mmap", SetLastError = true)]
    private static partial nint MapMemory(nint address, nuint length, int protection, int flags, int descriptor, nint offset);

    [LibraryImport("libc", EntryPoint = "munmap", SetLastError = true)]
    private static partial int Unmap(nint address, nuint length);
}
