using System.Globalization;
using System.Net.Sockets;

namespace DigestBot.Control;

/// <summary>
/// Who is on the other end of the control socket. On Linux the kernel tells (SO_PEERCRED) and only our own user (and
/// root, who can read the data directory anyway) is served; elsewhere the owner-only data directory (0700) and
/// socket file (0600) are the guard.
/// </summary>
internal static class PeerCredentials
{
    private const int SolSocket = 1;
    private const int SoPeerCred = 17;

    private static readonly Lazy<int?> Own = new(ReadOwnUid);

    /// <summary>True unless the kernel says the peer runs as another user (root excepted).</summary>
    public static bool IsSameUser(Socket socket, out int? peerUid)
    {
        peerUid = PeerUid(socket);
        return peerUid is null or 0 || Own.Value is null || peerUid == Own.Value;
    }

    private static int? PeerUid(Socket socket)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        // struct ucred { pid_t pid; uid_t uid; gid_t gid; }
        Span<byte> ucred = stackalloc byte[12];
        try
        {
            return socket.GetRawSocketOption(SolSocket, SoPeerCred, ucred) >= 8
                ? BitConverter.ToInt32(ucred[4..8])
                : null;
        }
        catch (SocketException)
        {
            return null;
        }
    }

    /// <summary>Our effective uid, from <c>/proc/self/status</c> (the second number of its <c>Uid:</c> line).</summary>
    private static int? ReadOwnUid()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("Uid:", StringComparison.Ordinal));
        var fields = line?.Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries);
        return fields is { Length: >= 3 } && int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var uid) ? uid : null;
    }
}
