using System.Runtime.InteropServices;
using DigestBot.Local;
using Microsoft.Extensions.Hosting;

namespace DigestBot;

/// <summary>
/// The bot's signals, in place of the host's console lifetime: SIGTERM and SIGQUIT stop the bot; Ctrl+C (SIGINT)
/// cancels the command running at the prompt when there is one (<see cref="PromptInterrupt"/>), and stops the bot
/// otherwise. The console lifetime stopped the bot on every Ctrl+C, a command at the prompt included.
/// </summary>
internal sealed class DigestBotLifetime(IHostApplicationLifetime lifetime, PromptInterrupt prompt) : IHostLifetime, IDisposable
{
    private PosixSignalRegistration[] _registrations = [];

    public Task WaitForStartAsync(CancellationToken cancellationToken)
    {
        _registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupt),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop),
            PosixSignalRegistration.Create(PosixSignal.SIGQUIT, Stop),
        ];
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
            lifetime.StopApplication();
        }
    }

    internal void Stop(PosixSignalContext context)
    {
        context.Cancel = true;
        lifetime.StopApplication();
    }
}
