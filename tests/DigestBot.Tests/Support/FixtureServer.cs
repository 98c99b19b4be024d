using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace DigestBot.Tests.Support;

/// <summary>
/// A loopback HTTP server that plays scripted responses per path, in order (the last one repeats), and records
/// every request it got. Sources are tested against it; nothing leaves 127.0.0.1.
/// </summary>
public sealed class FixtureServer : IDisposable
{
    private readonly HttpListener _listener;
    private readonly ConcurrentDictionary<string, Queue<Func<HttpListenerRequest, Response>>> _routes = new();
    private readonly Task _loop;

    public FixtureServer()
    {
        (_listener, BaseUrl) = Listen();
        _loop = Task.Run(ServeAsync);
    }

    public string BaseUrl { get; }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Adds the next response for <paramref name="path"/>; the last one added keeps answering.</summary>
    public FixtureServer On(string path, Func<HttpListenerRequest, Response> respond)
    {
        _routes.GetOrAdd(path, _ => new Queue<Func<HttpListenerRequest, Response>>()).Enqueue(respond);
        return this;
    }

    public FixtureServer On(string path, Response response) => On(path, _ => response);

    public void Dispose()
    {
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var request = context.Request;
            Requests.Enqueue(new RecordedRequest(
                request.Url!.AbsolutePath, request.Url.Query, request.Headers["If-None-Match"], request.Headers["User-Agent"]));
            var response = Next(request.Url.AbsolutePath)?.Invoke(request) ?? Response.Text(HttpStatusCode.NotFound, "no such fixture");
            if (response.Reset)
            {
                // Promises a body, sends a little of it and drops the connection: the client sees the answer cut off.
                context.Response.ContentLength64 = 4096;
                await context.Response.OutputStream.WriteAsync("<?xml"u8.ToArray());
                context.Response.Abort();
                continue;
            }

            // A slow answer must not hold up the next request (a retry after the client gave up on this one).
            var answering = RespondAsync(context, response);
            if (response.Delay == TimeSpan.Zero)
            {
                await answering;
            }
        }
    }

    private static async Task RespondAsync(HttpListenerContext context, Response response)
    {
        try
        {
            await Task.Delay(response.Delay);
            context.Response.StatusCode = (int)response.Status;
            foreach (var (name, value) in response.Headers)
            {
                context.Response.Headers[name] = value;
            }

            await context.Response.OutputStream.WriteAsync(response.Body);
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
        {
            // The client gave up on a slow answer, or the server is shutting down.
        }
    }

    private Func<HttpListenerRequest, Response>? Next(string path)
    {
        if (!_routes.TryGetValue(path, out var queue))
        {
            return null;
        }

        lock (queue)
        {
            return queue.Count > 1 ? queue.Dequeue() : queue.Peek();
        }
    }

    /// <summary>
    /// Starts a listener on a loopback port that was free a moment ago. HttpListener cannot bind port 0, and between
    /// the probe and the bind another test's outgoing connection may take the same ephemeral port, so a taken port
    /// is met with a fresh one.
    /// </summary>
    private static (HttpListener Listener, string BaseUrl) Listen()
    {
        for (var attempt = 1; ; attempt++)
        {
            var baseUrl = $"http://127.0.0.1:{FreePort()}";
            var listener = new HttpListener();
            listener.Prefixes.Add(baseUrl + "/");
            try
            {
                listener.Start();
                return (listener, baseUrl);
            }
            catch (HttpListenerException) when (attempt < 20)
            {
                listener.Close();
            }
        }
    }

    /// <summary>A loopback port free a moment ago, for a server whose address must be known before it starts.</summary>
    internal static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public sealed record RecordedRequest(string Path, string Query, string? IfNoneMatch, string? UserAgent);

    public sealed record Response(HttpStatusCode Status, byte[] Body, IReadOnlyDictionary<string, string> Headers)
    {
        /// <summary>No answer at all: the connection is closed under the client.</summary>
        public bool Reset { get; init; }

        /// <summary>How long the server sits on the request before answering.</summary>
        public TimeSpan Delay { get; init; }

        public static Response ConnectionReset { get; } = new(HttpStatusCode.OK, [], new Dictionary<string, string>()) { Reset = true };

        public static Response Bytes(byte[] body, string? etag = null) =>
            new(HttpStatusCode.OK, body, etag is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["ETag"] = etag });

        public static Response Text(HttpStatusCode status, string body, params (string Name, string Value)[] headers) =>
            new(status, Encoding.UTF8.GetBytes(body), headers.ToDictionary(h => h.Name, h => h.Value));
    }
}
