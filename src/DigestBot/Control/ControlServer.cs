using System.Net.Sockets;
using DigestBot.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DigestBot.Control;

/// <summary>
/// The running bot's control socket (<c>control.sock</c> in the data directory, 0600): CLI commands arrive here
/// while the bot holds the directory, and run through the same <see cref="Commands.CommandDispatcher"/>. It binds
/// as the host starts (right after taking the lock), so a CLI never finds a live bot without a socket; commands
/// wait until the host has started. A socket file left by a killed bot is stale by definition, since we hold the
/// lock: it is replaced.
/// </summary>
internal sealed class ControlServer(
    DataDirectory data,
    ControlConnection connections,
    ILogger<ControlServer> logger) : IHostedLifecycleService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _running = [];
    private Socket? _listener;
    private string? _path;
    private Task _accepting = Task.CompletedTask;

    public Task StartingAsync(CancellationToken cancellationToken)
    {
        var path = data.Combine(ControlProtocol.SocketFileName);
        if (!Socket.OSSupportsUnixDomainSockets)
        {
            logger.LogWarning("No control socket on this system: CLI commands must wait until the bot stops");
            return Task.CompletedTask;
        }

        try
        {
            File.Delete(path);
            var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            listener.Bind(new UnixDomainSocketEndPoint(path));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            listener.Listen(16);
            (_listener, _path) = (listener, path);
        }
        catch (Exception e) when (e is SocketException or IOException or ArgumentException or UnauthorizedAccessException)
        {
            // A data directory path too long for a socket address (108 bytes) lands here too.
            logger.LogWarning("No control socket at {Path} ({Error}): CLI commands must wait until the bot stops", path, e.Message);
            return Task.CompletedTask;
        }

        logger.LogDebug("Control socket {Path} listening", path);
        _accepting = AcceptAsync(_listener, _stopping.Token);
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Stops taking commands before any other service stops; commands still running are cancelled.</summary>
    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        _listener?.Dispose();
        if (_path is not null)
        {
            File.Delete(_path);
        }

        Task[] running;
        lock (_running)
        {
            running = [_accepting, .. _running];
        }

        await Task.WhenAll(running).WaitAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
        _listener?.Dispose();
        _stopping.Dispose();
    }

    private async Task AcceptAsync(Socket listener, CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await listener.AcceptAsync(stopping);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException && stopping.IsCancellationRequested)
            {
                return;
            }
            catch (SocketException e)
            {
                logger.LogWarning(e, "Control socket accept failed");
                continue;
            }

            var task = ServeAsync(client, stopping);
            lock (_running)
            {
                _running.RemoveAll(t => t.IsCompleted);
                _running.Add(task);
            }
        }
    }

    private async Task ServeAsync(Socket client, CancellationToken stopping)
    {
        using (client)
        {
            try
            {
                await connections.ServeAsync(client, stopping);
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The CLI went away (Ctrl+C) or the bot is stopping: nothing left to answer.
                logger.LogDebug("Control connection ended: {Error}", e.Message);
            }
        }
    }
}
