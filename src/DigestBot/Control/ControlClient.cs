using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using DigestBot.Commands;

namespace DigestBot.Control;

/// <summary>
/// The CLI's side of the control socket: sends one command to the running bot, passes its progress lines on and
/// returns its <see cref="Reply"/> (with <see cref="Reply.Data"/> as a <see cref="JsonElement"/>).
/// </summary>
public static class ControlClient
{
    // The bot binds its socket right after taking the lock; a CLI that sees the lock a moment earlier retries.
    private const int ConnectAttempts = 20;
    private static readonly TimeSpan ConnectPause = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Runs <paramref name="command"/> in the bot that holds <paramref name="dataDirectory"/>. Throws
    /// <see cref="ControlUnavailableException"/> when no bot answers there.
    /// </summary>
    public static async Task<Reply> SendAsync(
        string dataDirectory,
        string command,
        IReadOnlyDictionary<string, object> options,
        IProgress<string> progress,
        CancellationToken cancellationToken)
    {
        using var socket = await ConnectAsync(Path.Combine(dataDirectory, ControlProtocol.SocketFileName), cancellationToken);
        await using var stream = new NetworkStream(socket, ownsSocket: false);
        await stream.WriteAsync(ControlProtocol.Encode(new ControlRequest(command, ControlOptions.ToJson(options))), cancellationToken);
        await stream.FlushAsync(cancellationToken);

        using var reader = new StreamReader(stream, Encoding.UTF8);
        try
        {
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                var message = ControlProtocol.Decode<ControlMessage>(line);
                if (message?.Progress is { } text)
                {
                    progress.Report(text);
                }
                else if (message?.Reply is { } reply)
                {
                    return message.Data is { } data ? reply with { Data = JsonDocument.Parse(data).RootElement.Clone() } : reply;
                }
            }
        }
        catch (Exception e) when (e is IOException or SocketException or JsonException)
        {
            return Reply.Failure($"{command}: lost the connection to the running digestbot ({e.Message})");
        }

        return Reply.Failure($"{command}: the running digestbot closed the connection without answering (did it stop?)");
    }

    private static async Task<Socket> ConnectAsync(string path, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            try
            {
                await socket.ConnectAsync(new UnixDomainSocketEndPoint(path), cancellationToken);
                return socket;
            }
            catch (Exception e) when (e is SocketException or ArgumentException)
            {
                socket.Dispose();
                if (attempt >= ConnectAttempts || e is ArgumentException)
                {
                    throw new ControlUnavailableException(e.Message, e);
                }
            }

            await Task.Delay(ConnectPause, cancellationToken);
        }
    }
}
