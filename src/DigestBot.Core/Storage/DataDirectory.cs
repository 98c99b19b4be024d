using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Storage;

/// <summary>
/// The data directory, created owner-only and held with an OS-level exclusive lock for the life of the process, from
/// <see cref="Open"/> (the first step of start-up; the constructor touches nothing on disk). The lock is an flock on
/// <c>digestbot.lock</c> taken through <see cref="FileShare.None"/>; the kernel drops it when the process dies, even by
/// SIGKILL, so a crash never leaves a stale lock behind.
/// </summary>
public sealed class DataDirectory : IDisposable
{
    public const string LockFileName = "digestbot.lock";

    /// <summary>The running bot's control socket (Control/), named here so a restore knows it is not data.</summary>
    public const string ControlSocketFileName = "control.sock";

    // What .NET puts in HResult when another process holds the lock: errno EWOULDBLOCK from flock on Linux,
    // ERROR_SHARING_VIOLATION as an HRESULT on Windows.
    private const int WouldBlock = 11;
    private const int SharingViolation = unchecked((int)0x80070020);

    private const int LockAttempts = 3;
    private static readonly TimeSpan LockPause = TimeSpan.FromMilliseconds(50);

    private readonly IOptions<StorageOptions> _options;
    private readonly ILogger<DataDirectory> _logger;
    private readonly Lock _opening = new();
    private string? _path;
    private FileStream? _lock;

    public DataDirectory(IOptions<StorageOptions> options, ILogger<DataDirectory> logger)
    {
        _options = options;
        _logger = logger;
    }

    /// <summary>The directory's full path (known before it is opened: a command may say where it is).</summary>
    public string Path => _path ??= System.IO.Path.GetFullPath(_options.Value.DataDirectory);

    /// <summary>Creates the directory if needed and takes its lock; a second call does nothing.</summary>
    public void Open()
    {
        lock (_opening)
        {
            if (_lock is not null)
            {
                return;
            }

            Create(Path);
            _lock = AcquireLock(Path);
            _logger.LogDebug("Data directory {Path} locked", Path);
        }
    }

    /// <summary>A path inside the data directory.</summary>
    public string Combine(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => _lock?.Dispose();

    /// <summary>
    /// True when another process holds <paramref name="path"/>'s lock (a running bot, or a CLI command). Probing
    /// takes the lock for an instant, so it is only asked by a process about to take it anyway.
    /// </summary>
    public static bool IsHeld(string path)
    {
        var lockPath = System.IO.Path.Combine(path, LockFileName);
        if (!File.Exists(lockPath))
        {
            return false;
        }

        try
        {
            using var probe = new FileStream(lockPath, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return false;
        }
        catch (IOException e) when (e.HResult is WouldBlock or SharingViolation)
        {
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Unreadable or vanished: taking the lock will say what is wrong.
            return false;
        }
    }

    private static void Create(string path)
    {
        if (Directory.Exists(path))
        {
            return;
        }

        try
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(path);
            }
            else
            {
                Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StartupException($"cannot create data directory {path}: {e.Message}", ExitCodes.Failure, e);
        }
    }

    /// <summary>
    /// Why <paramref name="path"/> can never be a directory, as the end of a sentence naming it, or null: it is a file
    /// (<c>is a file, not a directory</c>), or lies inside one (<c>is inside 'x/file.txt', which is a file, not a directory</c>).
    /// </summary>
    public static string? NotADirectory(string path)
    {
        if (File.Exists(path))
        {
            return "is a file, not a directory";
        }

        for (var parent = System.IO.Path.GetDirectoryName(path); !string.IsNullOrEmpty(parent); parent = System.IO.Path.GetDirectoryName(parent))
        {
            if (File.Exists(parent))
            {
                return $"is inside '{parent}', which is a file, not a directory";
            }

            if (Directory.Exists(parent))
            {
                return null;
            }
        }

        return null;
    }

    private static FileStream AcquireLock(string path)
    {
        var lockPath = System.IO.Path.Combine(path, LockFileName);
        try
        {
            var stream = OpenExclusive(lockPath);
            stream.SetLength(0);
            var pid = System.Text.Encoding.ASCII.GetBytes($"{Environment.ProcessId}\n");
            stream.Write(pid);
            stream.Flush();
            return stream;
        }
        catch (IOException e) when (e.HResult is WouldBlock or SharingViolation)
        {
            throw new StartupException($"data directory {path} is in use by a running digestbot; stop it first", ExitCodes.Failure, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StartupException($"cannot lock data directory {path}: {e.Message}", ExitCodes.Failure, e);
        }
    }

    private static FileStream OpenExclusive(string lockPath)
    {
        // A CLI asking IsHeld holds the lock for an instant: a bot starting at that moment tries again.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException e) when (e.HResult is WouldBlock or SharingViolation && attempt < LockAttempts)
            {
                Thread.Sleep(LockPause);
            }
        }
    }
}
