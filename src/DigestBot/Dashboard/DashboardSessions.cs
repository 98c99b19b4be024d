using System.Collections.Concurrent;
using System.Security.Cryptography;
using DigestBot.Dashboard.Login;
using Microsoft.AspNetCore.Http;

namespace DigestBot.Dashboard;

/// <summary>
/// Signed-in browsers, kept in memory on the server: the cookie holds only a random id. A session ends after
/// <see cref="IdleLimit"/> without use and when the bot restarts; the operator's also when the key it was made with is
/// replaced, a member's when Discord no longer accepts their token (<see cref="DashboardAccess"/> checks it).
/// </summary>
public sealed class DashboardSessions(TimeProvider time)
{
    public const string CookieName = "digestbot-session";

    public static readonly TimeSpan IdleLimit = TimeSpan.FromHours(12);

    /// <summary>Past this many, expired sessions are dropped, so repeated logins cannot grow the table without end.</summary>
    private const int PruneAbove = 1000;

    private readonly ConcurrentDictionary<string, Session> _sessions = new(StringComparer.Ordinal);

    /// <summary>An operator's session, bound to the key it was signed in with.</summary>
    public string Create(string keyFingerprint) => Add(new Session(keyFingerprint, null, time.GetUtcNow()));

    /// <summary>A member's session, after a Discord login.</summary>
    public string Create(MemberSession member) => Add(new Session(null, member, time.GetUtcNow()));

    /// <summary>
    /// The live session <paramref name="id"/> names (an operator's only while made with the current key), its idle time
    /// refreshed; null when there is none.
    /// </summary>
    public (DashboardUser User, MemberSession? Member)? Find(string? id, string? keyFingerprint)
    {
        if (id is null || !_sessions.TryGetValue(id, out var session))
        {
            return null;
        }

        var now = time.GetUtcNow();
        var keyReplaced = session.Member is null && (keyFingerprint is null || session.KeyFingerprint != keyFingerprint);
        if (keyReplaced || now - session.LastSeen > IdleLimit)
        {
            _sessions.TryRemove(id, out _);
            return null;
        }

        _sessions[id] = session with { LastSeen = now };
        return (session.Member?.User ?? DashboardUser.Operator, session.Member);
    }

    /// <summary>A member's session after their servers and permissions were read again.</summary>
    public void Update(string id, MemberSession member)
    {
        if (_sessions.TryGetValue(id, out var session) && session.Member is not null)
        {
            _sessions[id] = session with { Member = member };
        }
    }

    public void End(string id) => _sessions.TryRemove(id, out _);

    /// <summary>
    /// The session cookie, for the key link and the Discord login alike: HttpOnly, Secure over HTTPS (a TLS proxy on
    /// loopback may say so), and SameSite Lax, so that following a link into the dashboard keeps one signed in.
    /// </summary>
    public static void WriteCookie(HttpContext context, string id) =>
        context.Response.Cookies.Append(CookieName, id, new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            Path = "/",
            IsEssential = true,
        });

    private string Add(Session session)
    {
        Prune();
        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        _sessions[id] = session;
        return id;
    }

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

    /// <summary>An operator's (<see cref="KeyFingerprint"/>) or a member's (<see cref="Member"/>) session.</summary>
    private sealed record Session(string? KeyFingerprint, MemberSession? Member, DateTimeOffset LastSeen);
}
