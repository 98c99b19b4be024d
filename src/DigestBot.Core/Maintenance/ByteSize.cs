using System.Globalization;

namespace DigestBot.Maintenance;

/// <summary>File sizes for people: <c>812 KB</c>, <c>12.3 MB</c>.</summary>
internal static class ByteSize
{
    public static string Format(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:F0} KB"),
        < 1024L * 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):F1} MB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024 * 1024):F2} GB"),
    };

    /// <summary>The database file plus its write-ahead log, when there is one.</summary>
    public static long OfDatabase(string path)
    {
        var log = Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + "-log" + Path.GetExtension(path));
        return Length(path) + Length(log);
    }

    private static long Length(string path) => File.Exists(path) ? new FileInfo(path).Length : 0;
}
