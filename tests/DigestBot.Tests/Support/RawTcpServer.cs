using System.Net;
using System.Net.Sockets;
using System.Text;

namespace DigestBot.Tests.Support;

/// <summary>
/// A loopback port that takes each connection, reads the request, writes a fixed answer (or nothing) and hangs up: a
/// host that is there but never answers properly. It counts the connections, so a test can tell how many were made.
/// </summary>
public sealed class RawTcpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly byte[] _answer;
    private int _connections;

    /// <param name="answer">Written back after the request, before hanging up; by default nothing.</param>
    public RawTcpServer(string answer = "")
    {
        _answer = Encoding.ASCII.GetBytes(answer);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _loop = Task.Run(AcceptAsync);
    }

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    public int Connections => Volatile.Read(ref _connections);

    /// <summary>A loopback port with nothing listening on it: connecting is refused at once.</summary>
    public static int ClosedPort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            Interlocked.Increment(ref _connections);
            try
            {
                await HangUpAsync(client);
            }
            catch (Exception e) when (e is IOException or SocketException)
            {
                // The client gave up first: that is its business.
            }
        }
    }

    private async Task HangUpAsync(TcpClient client)
    {
        // The whole request is read first: closing on unread bytes would be a reset, not a plain hang-up. A TLS
        // handshake (first byte 0x16) never ends in a blank line; its first record is all there is to read.
        var stream = client.GetStream();
        var seen = new StringBuilder();
        var buffer = new byte[4096];
        while (!seen.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer, _stop.Token);
            if (read == 0 || (seen.Length == 0 && buffer[0] == 0x16))
            {
                break;
            }

            seen.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        await stream.WriteAsync(_answer, _stop.Token);
        client.Client.Shutdown(SocketShutdown.Both);
    }
}
