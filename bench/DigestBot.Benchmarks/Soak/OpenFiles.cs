namespace DigestBot.Benchmarks;

/// <summary>
/// What this process' open file descriptors point at (Linux, /proc/self/fd): all of them, the assemblies and native
/// libraries the runtime has loaded, those in the search index's folder and how many of its segments they belong to,
/// and those whose file was deleted while still open. The index's files the process maps without a descriptor
/// (/proc/self/maps: the search index maps its files on Linux and closes their descriptors) count as open files too, so
/// a reader never released still shows as files held after the writer deleted them.
/// </summary>
/// <remarks>
/// A search index keeps one or more files open per live segment, and the number of live segments follows the index's
/// size within what the merge policy allows; a reader that is never released instead keeps files the writer already
/// deleted open, so <see cref="Deleted"/> is the leak to watch, not the index's share. The runtime keeps each assembly it
/// loads open (one or two descriptors), and loads them on first use, so <see cref="Assemblies"/> grows the first time a
/// rare path runs and stays within the application's assemblies. The runtime's own anonymous memory files (memfd, for
/// its JIT's double mapping) show as deleted and are not counted as such.
/// </remarks>
internal sealed record OpenFiles(int Total, int Assemblies, int Index, int IndexSegments, int Deleted)
{
    private const string DeletedSuffix = " (deleted)";
    private const string MemoryFile = "/memfd:";

    /// <summary>Counts this process' descriptors; all -1 where there is no /proc/self/fd.</summary>
    public static OpenFiles Count(string indexFolder)
    {
        const string fds = "/proc/self/fd";
        if (!Directory.Exists(fds))
        {
            return new OpenFiles(-1, -1, -1, -1, -1);
        }

        var folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(indexFolder)) + Path.DirectorySeparatorChar;
        var (total, assemblies, index, deleted) = (0, 0, 0, 0);
        var segments = new HashSet<string>(StringComparer.Ordinal);
        var described = new HashSet<string>(StringComparer.Ordinal); // the index's files a descriptor holds
        foreach (var fd in Directory.EnumerateFileSystemEntries(fds))
        {
            total++;
            var target = Target(fd);
            if (target is null || target.StartsWith(MemoryFile, StringComparison.Ordinal))
            {
                continue;
            }

            var deletedNow = target.EndsWith(DeletedSuffix, StringComparison.Ordinal);
            if (deletedNow)
            {
                deleted++;
                target = target[..^DeletedSuffix.Length];
            }

            if (target.StartsWith(folder, StringComparison.Ordinal))
            {
                described.Add(target + (deletedNow ? DeletedSuffix : string.Empty));
                index++;
                segments.Add(SegmentOf(Path.GetFileName(target)));
            }
            else if (IsLibrary(target))
            {
                assemblies++;
            }
        }

        foreach (var mapped in MappedFiles(folder).Except(described, StringComparer.Ordinal))
        {
            var gone = mapped.EndsWith(DeletedSuffix, StringComparison.Ordinal);
            (total, index, deleted) = (total + 1, index + 1, deleted + (gone ? 1 : 0));
            segments.Add(SegmentOf(Path.GetFileName(gone ? mapped[..^DeletedSuffix.Length] : mapped)));
        }

        return new OpenFiles(total, assemblies, index, segments.Count, deleted);
    }

    /// <summary>The files under <paramref name="folder"/> this process maps, as /proc/self/maps names them (a deleted one with its suffix).</summary>
    internal static IEnumerable<string> MappedFiles(string folder)
    {
        const string maps = "/proc/self/maps";
        if (!File.Exists(maps))
        {
            return [];
        }

        // address perms offset device inode path: the path is the sixth field and may hold spaces.
        return File.ReadLines(maps)
            .Select(line => line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries))
            .Where(fields => fields.Length == 6 && fields[5].StartsWith(folder, StringComparison.Ordinal))
            .Select(fields => fields[5])
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The segment a Lucene file belongs to: "_4" for "_4.cfs" and "_4_Lucene41_0.tim"; the name itself otherwise.</summary>
    internal static string SegmentOf(string file)
    {
        var end = file.IndexOfAny(['.', '_'], 1);
        return end < 0 ? file : file[..end];
    }

    /// <summary>A managed assembly or a native library: "x.dll", "libx.so", "libx.so.6".</summary>
    internal static bool IsLibrary(string path)
    {
        var name = Path.GetFileName(path);
        return name.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".so", StringComparison.Ordinal)
            || name.Contains(".so.", StringComparison.Ordinal);
    }

    // A descriptor can close between listing and reading it.
    private static string? Target(string fd)
    {
        try
        {
            return new FileInfo(fd).LinkTarget;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
