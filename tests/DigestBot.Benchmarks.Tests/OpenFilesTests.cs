namespace DigestBot.Benchmarks.Tests;

/// <summary>The soak's breakdown of open files: the search index's share, its segments, and files deleted while open.</summary>
[Collection(AloneCollection.Name)]
public sealed class OpenFilesTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "digestbot-open-files-tests", Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData("_4.cfs", "_4")]
    [InlineData("_4.cfe", "_4")]
    [InlineData("_12_Lucene41_0.tim", "_12")]
    [InlineData("_12.fdt", "_12")]
    [InlineData("segments_7", "segments")]
    [InlineData("write.lock", "write")]
    public void A_files_segment_is_its_name_up_to_the_first_dot_or_underscore_after_the_first_character(string file, string segment) =>
        Assert.Equal(segment, OpenFiles.SegmentOf(file));

    [Theory]
    [InlineData("/app/bin/Quartz.dll", true)]
    [InlineData("/usr/share/dotnet/shared/Microsoft.NETCore.App/10.0.0/libSystem.Native.so", true)]
    [InlineData("/lib/x86_64-linux-gnu/libssl.so.3", true)]
    [InlineData("/data/digestbot.db", false)]
    [InlineData("/data/search-index/_0.cfs", false)]
    [InlineData("/data/sources.json", false)]
    public void Assemblies_and_native_libraries_are_told_apart_from_data_files(string path, bool library) =>
        Assert.Equal(library, OpenFiles.IsLibrary(path));

    [Fact]
    public void Files_held_open_in_the_index_folder_count_with_their_segments_and_a_deleted_one_counts_as_deleted()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var index = Directory.CreateDirectory(Path.Combine(_work, "search-index")).FullName;
        var outside = Directory.CreateDirectory(Path.Combine(_work, "search-index-old")).FullName;
        var before = OpenFiles.Count(index);

        var names = new[] { "_0.cfs", "_1_Lucene41_0.tim", "_1_Lucene41_0.doc", "_2.fdt" };
        var held = names.Select(n => Open(Path.Combine(index, n)))
            .Append(Open(Path.Combine(outside, "_9.cfs")))
            .Append(Open(Path.Combine(outside, "Plugin.dll")))
            .ToList();
        try
        {
            File.Delete(Path.Combine(index, "_2.fdt"));
            var after = OpenFiles.Count(index);

            Assert.Equal(before.Total + 6, after.Total);
            Assert.Equal(before.Assemblies + 1, after.Assemblies);
            Assert.Equal(before.Index + 4, after.Index); // a folder whose name only starts the same is not the index
            Assert.Equal(3, after.IndexSegments - before.IndexSegments);
            Assert.Equal(before.Deleted + 1, after.Deleted);
        }
        finally
        {
            held.ForEach(f => f.Dispose());
        }

        Assert.Equal(before.Index, OpenFiles.Count(index).Index);
    }

    [Fact]
    public void Index_files_mapped_without_a_descriptor_count_as_held_and_a_deleted_one_as_deleted_until_closed()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var index = Directory.CreateDirectory(Path.Combine(_work, "search-index")).FullName;
        using var files = new DigestBot.Search.PositionalReadDirectory(index);
        foreach (var name in new[] { "_3_Lucene41_0.doc", "_3_Lucene41_0.pos", "_4.cfs" })
        {
            using var output = files.CreateOutput(name, Lucene.Net.Store.IOContext.DEFAULT);
            output.WriteBytes(new byte[10_000], 10_000);
        }

        var before = OpenFiles.Count(index);
        var docs = files.OpenInput("_3_Lucene41_0.doc", Lucene.Net.Store.IOContext.DEFAULT);
        var positions = files.OpenInput("_3_Lucene41_0.pos", Lucene.Net.Store.IOContext.DEFAULT);
        var compound = files.CreateSlicer("_4.cfs", Lucene.Net.Store.IOContext.DEFAULT); // mapped, and a descriptor kept
        File.Delete(Path.Combine(index, "_3_Lucene41_0.pos"));
        var held = OpenFiles.Count(index);

        Assert.Equal(before.Index + 3, held.Index);
        Assert.Equal(before.Total + 3, held.Total);
        Assert.Equal(2, held.IndexSegments - before.IndexSegments);
        Assert.Equal(before.Deleted + 1, held.Deleted);

        docs.Dispose();
        positions.Dispose();
        compound.Dispose();
        var closed = OpenFiles.Count(index);

        Assert.Equal((before.Index, before.Deleted), (closed.Index, closed.Deleted));
    }

    public void Dispose()
    {
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    private static FileStream Open(string path) => new(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
}
