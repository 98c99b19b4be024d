using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Sources;

/// <summary>
/// Says what a failed poll means, once: <c>hf-daily: connection refused by 127.0.0.1:8080; next try 03:20 UTC</c>.
/// The same failure again is logged at Debug (and repeated as a warning once a day while it lasts); a machine with
/// no network is said once for all sources rather than once per source and poll. A success, or a server's answer
/// of any kind, shows the network is there, and what was said about it no longer holds.
/// </summary>
public sealed class SourceFailureReporter(IOptionsMonitor<SourcesOptions> options, TimeProvider time, ILogger<SourceFailureReporter> logger)
{
    /// <summary>How long a source may go on failing the same way before it is said again.</summary>
    public static readonly TimeSpan Reminder = TimeSpan.FromDays(1);

    private readonly Lock _lock = new();
    private readonly Dictionary<string, Said> _said = new(StringComparer.OrdinalIgnoreCase);

    // Whether any server has answered since start-up: until one has, a name that does not resolve means no network.
    private bool _networkSeen;
    private bool _offlineSaid;

    public void Succeeded(string source)
    {
        lock (_lock)
        {
            _said.Remove(source);
            NetworkSeen();
        }
    }

    public void Failed(string source, SourceFailure failure)
    {
        var now = time.GetUtcNow();
        var next = NextTry(source, now);
        lock (_lock)
        {
            if (failure.Kind == SourceFailureKind.Http)
            {
                NetworkSeen();
            }

            if (_said.TryGetValue(source, out var said) && said.Reason == failure.Reason)
            {
                if (now - said.LastSaid < Reminder)
                {
                    logger.LogDebug("{Source}: {Reason} again; next try {Next}", source, failure.Reason, next);
                    return;
                }

                _said[source] = said with { LastSaid = now };
                logger.LogWarning("{Source}: still failing since {Since}: {Reason}; next try {Next}", source, When(said.Since, now), failure.Reason, next);
            }
            else if (failure.Kind == SourceFailureKind.NoNetwork && !_networkSeen)
            {
                if (_offlineSaid)
                {
                    logger.LogDebug("{Source}: no network ({Reason}); next try {Next}", source, failure.Reason, next);
                    return;
                }

                _offlineSaid = true;
                _said[source] = new Said(failure.Reason, failure.Kind, now, now);
                logger.LogWarning("{Source}: no network ({Reason}); sources will retry on their schedules, this one at {Next}", source, failure.Reason, next);
            }
            else
            {
                _said[source] = new Said(failure.Reason, failure.Kind, now, now);
                logger.LogWarning("{Source}: {Reason}; next try {Next}", source, failure.Reason, next);
            }
        }
    }

    private void NetworkSeen()
    {
        _networkSeen = true;
        _offlineSaid = false;
        foreach (var name in _said.Where(s => s.Value.Kind == SourceFailureKind.NoNetwork).Select(s => s.Key).ToList())
        {
            _said.Remove(name);
        }
    }

    private string NextTry(string source, DateTimeOffset now)
    {
        if (!options.CurrentValue.List.TryGetValue(source, out var config))
        {
            return "not scheduled";
        }

        return config.NextPoll(now) is { } next ? When(next, now) : "not scheduled";
    }

    /// <summary>A time of day within the coming day (<c>03:20 UTC</c>), otherwise with its date.</summary>
    private static string When(DateTimeOffset at, DateTimeOffset now)
    {
        var utc = at.UtcDateTime;
        var format = utc.Second == 0 ? "HH:mm" : "HH:mm:ss";
        if ((at - now).Duration() >= TimeSpan.FromDays(1))
        {
            format = "yyyy-MM-dd " + format;
        }

        return utc.ToString(format, CultureInfo.InvariantCulture) + " UTC";
    }

    private sealed record Said(string Reason, SourceFailureKind Kind, DateTimeOffset Since, DateTimeOffset LastSaid);
}
