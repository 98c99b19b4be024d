using System.Runtime.InteropServices;

namespace DigestBot.Local;

/// <summary>
/// Ctrl+C (SIGINT) or SIGTERM while a one-shot command runs: the first cancels the command, which stops where it
/// can stop cleanly (an import after its batch, with the search index caught up) and says so in one line; a second
/// ends the process at once, as it did before. The exit code is the one a shell gives a process ended by that signal
/// (130, 143), so scripts that tested for it see no change.
/// </summary>
internal sealed class CommandInterrupt : IDisposable
{
    private readonly CancellationTokenSource _cancel;
    private readonly PosixSignalRegistration[] _registrations;
    private int _signal;

    private CommandInterrupt(CancellationToken outer)
    {
        _cancel = CancellationTokenSource.CreateLinkedTokenSource(outer);
        _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle), PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle)];
    }

    public CancellationToken Token => _cancel.Token;

    /// <summary>The exit code of the signal that cancelled the command, or null when none came.</summary>
    public int? ExitCode => Volatile.Read(ref _signal) switch
    {
        0 => null,
        var number => 128 + number,
    };

    /// <summary>The signal's name for the one line ("Ctrl+C", "SIGTERM").</summary>
    public string Cause => Volatile.Read(ref _signal) == 2 ? "Ctrl+C" : "SIGTERM";

    public static CommandInterrupt Begin(CancellationToken outer) => new(outer);

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _cancel.Dispose();
    }

    private void Handle(PosixSignalContext context)
    {
        // The second signal gets the default action (the process ends); the first only cancels.
        if (Interlocked.CompareExchange(ref _signal, context.Signal == PosixSignal.SIGINT ? 2 : 15, 0) != 0)
        {
            return;
        }

        context.Cancel = true;
        try
        {
            _cancel.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The command ended as the signal came.
        }
    }
}
