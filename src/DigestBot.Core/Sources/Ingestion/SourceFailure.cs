using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Authentication;
using Polly.Timeout;

namespace DigestBot.Sources;

/// <summary>
/// Why a poll failed, in plain words (<c>name resolution failed for huggingface.co</c>, <c>connection refused by
/// 127.0.0.1:8080</c>, <c>HTTP 503 Service Unavailable from rss.arxiv.org</c>) rather than an exception's text.
/// </summary>
public sealed record SourceFailure(SourceFailureKind Kind, string Reason)
{
    /// <summary>How a failure that may mean no network at all is stored and shown (status, sources): the log's words.</summary>
    public const string NoNetworkPrefix = "no network (";

    public static SourceFailure Other(string message) => new(SourceFailureKind.Other, message);

    /// <summary>The line a source's state keeps: the plain reason for no network, else <paramref name="message"/> (which names the URL).</summary>
    public string Stored(string message) => Kind == SourceFailureKind.NoNetwork ? $"{NoNetworkPrefix}{Reason})" : message;

    /// <summary>The HTTP status of an <see cref="SourceFailureKind.Http"/> failure.</summary>
    public int? Status { get; init; }

    public static SourceFailure FromStatus(HttpStatusCode status, string? reasonPhrase, Uri url) =>
        (int)status == 429
            ? new(SourceFailureKind.Http, $"rate limited by {Host(url)} (HTTP 429)") { Status = 429 }
            : new(SourceFailureKind.Http, $"HTTP {(int)status} {reasonPhrase} from {Host(url)}".Replace("  ", " ", StringComparison.Ordinal)) { Status = (int)status };

    public static SourceFailure FromException(Exception e, Uri url)
    {
        var host = Host(url);
        if (Find<TimeoutRejectedException>(e) is { } timeout)
        {
            return new(SourceFailureKind.TimedOut, $"timed out: no answer from {host} within {Seconds(timeout.Timeout)}");
        }

        // The socket error is the most precise account there is; HttpClient's own category comes next.
        if (Find<SocketException>(e) is { } socket && FromSocket(socket.SocketErrorCode, url) is { } fromSocket)
        {
            return fromSocket;
        }

        if (Find<AuthenticationException>(e) is { } tls)
        {
            return new(SourceFailureKind.Tls, $"TLS failure with {host} ({tls.Message.TrimEnd('.')})");
        }

        return Find<HttpRequestException>(e)?.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError => new(SourceFailureKind.NoNetwork, $"name resolution failed for {url.Host}"),
            HttpRequestError.ConnectionError => new(SourceFailureKind.Refused, $"could not connect to {host}"),
            HttpRequestError.SecureConnectionError => new(SourceFailureKind.Tls, $"TLS failure with {host}"),
            HttpRequestError.ResponseEnded => Dropped(url),
            HttpRequestError.InvalidResponse => new(SourceFailureKind.Other, $"{host} sent an answer that is not valid HTTP"),
            HttpRequestError.ProxyTunnelError => new(SourceFailureKind.Refused, $"the proxy would not connect to {host}"),
            _ when Find<TimeoutException>(e) is not null => new(SourceFailureKind.TimedOut, $"timed out waiting for {host}"),
            _ => new(SourceFailureKind.Other, e.Message),
        };
    }

    private static SourceFailure? FromSocket(SocketError error, Uri url) => error switch
    {
        SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData or SocketError.NoRecovery =>
            new(SourceFailureKind.NoNetwork, $"name resolution failed for {url.Host}"),
        SocketError.NetworkUnreachable or SocketError.NetworkDown => new(SourceFailureKind.NoNetwork, $"network unreachable (for {Host(url)})"),
        SocketError.HostUnreachable => new(SourceFailureKind.NoNetwork, $"no route to {Host(url)}"),
        SocketError.ConnectionRefused => new(SourceFailureKind.Refused, $"connection refused by {Host(url)}"),
        SocketError.TimedOut => new(SourceFailureKind.TimedOut, $"timed out connecting to {Host(url)}"),
        SocketError.ConnectionReset or SocketError.ConnectionAborted => Dropped(url),
        _ => null,
    };

    // A reset and a close mid-answer read alike to a user, and one host often does both in turn: one reason, so
    // alternating between them is not a new failure each time.
    private static SourceFailure Dropped(Uri url) => new(SourceFailureKind.Dropped, $"the connection to {Host(url)} broke off before a full answer");

    private static string Host(Uri url) => url.IsDefaultPort ? url.Host : $"{url.Host}:{url.Port}";

    private static string Seconds(TimeSpan t) => $"{t.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s";

    private static T? Find<T>(Exception? e)
        where T : Exception
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is T found)
            {
                return found;
            }
        }

        return null;
    }
}
