using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace DigestBot.Dashboard.Login;

/// <summary>
/// Logins on their way through Discord: each is a random <c>state</c> and a PKCE verifier, kept on the server under a
/// random id that only the browser which started the login holds (a cookie). The callback is accepted only with that
/// cookie and its state, once, within <see cref="Lifetime"/>: a link someone else started signs nobody in here.
/// </summary>
public sealed class PendingLogins(TimeProvider time)
{
    public const string CookieName = "digestbot-login";

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>Past this many, expired ones are dropped, so login links opened and abandoned cannot grow the table.</summary>
    private const int PruneAbove = 1000;

    private readonly ConcurrentDictionary<string, Pending> _pending = new(StringComparer.Ordinal);

    /// <summary>A new login: the cookie's id, the state for Discord, and the PKCE verifier's S256 challenge.</summary>
    public (string CookieId, string State, string Challenge) Begin()
    {
        Prune();
        var cookie = Random();
        var state = Random();
        var verifier = Random();
        _pending[cookie] = new Pending(state, verifier, time.GetUtcNow());
        return (cookie, state, Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
    }

    /// <summary>
    /// The PKCE verifier when <paramref name="state"/> is the one given to the login <paramref name="cookieId"/> began, in
    /// time; null otherwise. Either way that login is over: a state is good once.
    /// </summary>
    public string? Take(string? cookieId, string? state)
    {
        if (cookieId is null || state is null || !_pending.TryRemove(cookieId, out var pending))
        {
            return null;
        }

        var same = CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(state), Encoding.UTF8.GetBytes(pending.State));
        return same && time.GetUtcNow() - pending.Started <= Lifetime ? pending.Verifier : null;
    }

    /// <summary>256 random bits, base64url: RFC 7636 asks 43 to 128 characters of the URL-safe alphabet for a verifier.</summary>
    private static string Random() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    private void Prune()
    {
        if (_pending.Count <= PruneAbove)
        {
            return;
        }

        var now = time.GetUtcNow();
        foreach (var (id, pending) in _pending)
        {
            if (now - pending.Started > Lifetime)
            {
                _pending.TryRemove(id, out _);
            }
        }
    }

    /// <summary>A class, not a record: the verifier must never be printed.</summary>
    private sealed class Pending(string state, string verifier, DateTimeOffset started)
    {
        public string State { get; } = state;

        public string Verifier { get; } = verifier;

        public DateTimeOffset Started { get; } = started;
    }
}
