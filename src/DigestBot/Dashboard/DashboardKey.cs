using System.Security.Cryptography;
using System.Text;
using DigestBot.Storage;

namespace DigestBot.Dashboard;

/// <summary>
/// The dashboard's secret key, like Jupyter's token: 256 random bits in <c>dashboard.key</c> in the data directory,
/// owner-only. <c>digestbot dashboard</c> prints the link carrying it; <c>--new-key</c> replaces it, which also ends
/// every session made with the old one (sessions remember which key they were made with). Never logged.
/// </summary>
public sealed class DashboardKey(DataDirectory data)
{
    public const string FileName = "dashboard.key";

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private readonly Lock _gate = new();
    private (DateTime Written, string Key)? _cached;

    private string FilePath => data.Combine(FileName);

    /// <summary>The key, made on first use.</summary>
    public string GetOrCreate()
    {
        lock (_gate)
        {
            return Read() ?? Write();
        }
    }

    /// <summary>Replaces the key; links and sessions made with the old one stop working.</summary>
    public string Rotate()
    {
        lock (_gate)
        {
            return Write();
        }
    }

    /// <summary>Whether <paramref name="candidate"/> is the current key, compared in constant time.</summary>
    public bool Matches(string? candidate)
    {
        var key = Current();
        return key is not null && candidate is not null
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), Encoding.UTF8.GetBytes(key));
    }

    /// <summary>A one-way fingerprint of the current key, which sessions are bound to; null when there is no key.</summary>
    public string? Fingerprint() =>
        Current() is { } key ? Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key))) : null;

    private string? Current()
    {
        lock (_gate)
        {
            return Read();
        }
    }

    /// <summary>The file's key, re-read only when the file changed (a CLI in another process may rotate it).</summary>
    private string? Read()
    {
        var path = FilePath;
        if (!File.Exists(path))
        {
            _cached = null;
            return null;
        }

        var written = File.GetLastWriteTimeUtc(path);
        if (_cached is { } cached && cached.Written == written)
        {
            return cached.Key;
        }

        var key = File.ReadAllText(path).Trim();
        _cached = (written, key);
        return key.Length == 0 ? null : key;
    }

    private string Write()
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var temp = FilePath + ".new";
        File.Delete(temp);
        var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            create.UnixCreateMode = OwnerOnly;
        }

        using (var stream = new FileStream(temp, create))
        {
            stream.Write(Encoding.UTF8.GetBytes(key + "\n"));
        }

        File.Move(temp, FilePath, overwrite: true);
        _cached = null;
        return key;
    }
}
