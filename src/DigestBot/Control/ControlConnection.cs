using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using DigestBot.Commands;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DigestBot.Control;

/// <summary>
/// Serves one CLI connection: reads its request, waits for the host to have started, runs the command through the
/// dispatcher as a CLI command (so it behaves exactly as it would in the CLI's own process), streams progress
/// lines and writes the reply. A CLI that hangs up (Ctrl+C) cancels its command.
/// </summary>
internal sealed class ControlConnection(
    CommandDispatcher dispatcher,
    IHostApplicationLifetime lifetime,
    ILogger<ControlConnection> logger)
{
    public async Task ServeAsync(Socket client, CancellationToken stopping)
    {
        await using var stream = new NetworkStream(client, ownsSocket: false);
        if (!PeerCredentials.IsSameUser(client, out var uid))
        {
            logger.LogWarning("Control socket: refused a connection from uid {Uid}", uid);
            new ControlWriter(stream).Write(new ControlMessage { Reply = Reply.Failure("the running digestbot takes commands only from its own user: run this as that user") });
            return;
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        var line = await reader.ReadLineAsync(stopping);
        if (line is null)
        {
            return;
        }

        var writer = new ControlWriter(stream);
        if (Parse(line) is not { } request)
        {
            writer.Write(new ControlMessage { Reply = Reply.Invalid("control: unreadable request") });
            return;
        }

        await WaitForStartAsync(stopping);
        using var hangup = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var watch = WatchHangupAsync(reader, hangup);
        Reply reply;
        try
        {
            var options = ControlOptions.FromJson(request.Options);
            // Debug: at the bot's prompt this line would land among the answers of the commands typed there.
            logger.LogDebug("Control socket: running {Command} for the CLI", request.Command);
            reply = await dispatcher.DispatchAsync(request.Command, options, CommandOrigin.Cli, hangup.Token, new ControlProgress(writer));
        }
        catch (CommandInputException e)
        {
            reply = Reply.Invalid(e.Message);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            reply = Reply.Failure($"{request.Command}: the bot is stopping; try again when it is back");
        }
        finally
        {
            await hangup.CancelAsync();
            await watch;
        }

        writer.Write(new ControlMessage
        {
            Reply = reply with { Data = null },
            Data = reply.Data is null ? null : JsonOutput.Serialize(reply.Data),
        });
    }

    private static ControlRequest? Parse(string line)
    {
        try
        {
            return ControlProtocol.Decode<ControlRequest>(line) is { Command: not null, Options: not null } request ? request : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task WaitForStartAsync(CancellationToken stopping)
    {
        var started = new TaskCompletionSource();
        await using var registration = lifetime.ApplicationStarted.Register(started.SetResult);
        await started.Task.WaitAsync(stopping);
    }

    /// <summary>The CLI sends nothing after its request; end of stream means it went away, so its command is cancelled.</summary>
    private static async Task WatchHangupAsync(StreamReader reader, CancellationTokenSource hangup)
    {
        try
        {
            while (await reader.ReadLineAsync(hangup.Token) is not null)
            {
            }

            await hangup.CancelAsync();
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException)
        {
        }
    }
}
