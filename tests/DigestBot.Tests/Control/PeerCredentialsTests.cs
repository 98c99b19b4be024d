using System.Net.Sockets;
using DigestBot.Control;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Control;

/// <summary>The kernel's word (SO_PEERCRED) on who connected to the control socket.</summary>
public sealed class PeerCredentialsTests
{
    [Fact]
    public async Task A_connection_from_this_process_is_our_own_user_as_the_kernel_reports_it()
    {
        using var temp = new TempDirectory();
        var endpoint = new UnixDomainSocketEndPoint(temp.Combine("test.sock"));
        using var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(endpoint);
        listener.Listen(1);
        using var client = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        await client.ConnectAsync(endpoint);
        using var accepted = await listener.AcceptAsync();

        var same = PeerCredentials.IsSameUser(accepted, out var uid);

        Assert.True(same);
        Assert.Equal(EffectiveUid(), uid);
    }

    private static int EffectiveUid() =>
        int.Parse(File.ReadLines("/proc/self/status").First(l => l.StartsWith("Uid:", StringComparison.Ordinal))
            .Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries)[2], System.Globalization.CultureInfo.InvariantCulture);
}
