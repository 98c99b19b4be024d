using System.Runtime.InteropServices;
using DigestBot.Local;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DigestBot;

/// <summary>
/// The bot's signals, in place of the host's console lifetime: SIGTERM and SIGQUIT stop the bot; Ctrl+C (SIGINT)
/// cancels the command running at the prompt when there is one (<see cref="PromptInterrupt"/>), and stops the bot
/// otherwise. The console lifetime stopped the bot on every Ctrl+C, a command at the prompt included. The bot's last
/// line says it stopped, and on which signal, so a service manager's log tells a clean stop from a crash.
/// </summary>
internal sealed class DigestBotLifetime(IHostApplicationLifetime lifetime, PromptInterrupt prompt, ILoggerFactory? loggers = null) : IHostLifetime, IDisposable
{
    private readonly ILogger _log = (loggers ?? NullLoggerFactory.Instance).CreateLogger("DigestBot.Host");
    private PosixSignalRegistration[] _registrations = [];
    private string? _signal;

    public Task WaitForStartAsync(CancellationToken cancellationToken)
    {
        _registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupt),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop),
            PosixSignalRegistration.Create(PosixSignal.SIGQUIT, Stop),
        ];
        lifetime.ApplicationStopped.Register(() =>
        {
            if (_signal is { } signal)
            {
                _log.LogInformation("Stopped ({Signal})", signal);
            }
            else
            {
                _log.LogInformation("Stopped");
            }
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
    }

    internal void Interrupt(PosixSignalContext context)
    {
        context.Cancel = true;
        if (!prompt.TryCancel())
        {
            StopFor("Ctrl+C");
        }
    }

    internal void Stop(PosixSignalContext context)
    {
        context.Cancel = true;
        StopFor(context.Signal == PosixSignal.SIGQUIT ? "SIGQUIT" : "SIGTERM");
    }

    private void StopFor(string signal)
    {
        // The first signal is the reason; one sent while stopping changes nothing.
        Interlocked.CompareExchange(ref _signal, signal, null);
        lifetime.StopApplication();
    }
}
