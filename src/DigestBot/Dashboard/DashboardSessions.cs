using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace DigestBot.Dashboard;

/// <summary>
/// Signed-in browsers, kept in memory on the server: the cookie holds only a random id. A session ends after
/// <see cref="IdleLimit"/> without use, when the bot restarts, and when the key it was made with is replaced.
/// </summary>
public sealed class DashboardSessions(TimeProvider time)
{
    public const string CookieName = "digestbot-session";

    public static readonly TimeSpan IdleLimit = TimeSpan.FromHours(12);

    /// <summary>Past this many, expired sessions are dropped, so repeated logins cannot grow the table without end.</summary>
    private const int PruneAbove = 1000;

    private readonly ConcurrentDictionary<string, Session> _sessions = new(StringComparer.Ordinal);

    public string Create(string keyFingerprint)
    {
        Prune();
        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        _sessions[id] = new Session(keyFingerprint, time.GetUtcNow());
        return id;
    }

    /// <summary>True when <paramref name="id"/> is a live session made with the current key; refreshes its idle time.</summary>
    public bool IsValid(string? id, string? keyFingerprint)
    {
        if (id is null || keyFingerprint is null || !_sessions.TryGetValue(id, out var session))
        {
            return false;
        }

        var now = time.GetUtcNow();
        if (session.KeyFingerprint != keyFingerprint || now - session.LastSeen > IdleLimit)
        {
            _sessions.TryRemove(id, out _);
            return false;
        }

        _sessions[id] = session with { LastSeen = now };
        return true;
    }

    public void End(string id) => _sessions.TryRemove(id, out _);

    private void Prune()
    {
        if (_sessions.Count <= PruneAbove)
        {
            return;
        }

        var now = time.GetUtcNow();
        foreach (var (id, session) in _sessions)
        {
            if (now - session.LastSeen > IdleLimit)
            {
                _sessions.TryRemove(id, out _);
            }
        }
    }

    private sealed record Session(string KeyFingerprint, DateTimeOffset LastSeen);
}
