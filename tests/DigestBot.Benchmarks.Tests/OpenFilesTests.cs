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

    public void Dispose()
    {
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    private static FileStream Open(string path) => new(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
}
