using Microsoft.Extensions.Hosting;

namespace DigestBot;

/// <summary>
/// A running bot that cannot go on (Discord refused the bot token, or closed the gateway with a code that forbids
/// reconnecting): the first reason is kept and the host stopped, and the executable then prints that one line and
/// exits 2, the code for a setting the user must fix. Nothing retries in a loop meanwhile. Outside a host (a CLI
/// command, a test) there is no lifetime and nothing to stop: the failing call still fails.
/// </summary>
public sealed class FatalStop(IHostApplicationLifetime? lifetime = null)
{
    private string? _reason;

    /// <summary>The line to print, once something stopped the bot.</summary>
    public string? Reason => Volatile.Read(ref _reason);

    public bool Stopped => Reason is not null;

    /// <summary>Keeps the first reason and asks the host to stop; true for the call that stopped it.</summary>
    public bool Stop(string reason)
    {
        if (Interlocked.CompareExchange(ref _reason, reason, null) is not null)
        {
            return false;
        }

        lifetime?.StopApplication();
        return true;
    }
}
