using System.Net;
using System.Net.Sockets;
using DigestBot.Sources;
using DigestBot.Tests.Support;
using Polly.Timeout;

namespace DigestBot.Tests.Sources.Ingestion;

/// <summary>
/// Failures are told in plain words. Where a loopback socket can produce the failure it does (refused, hung up,
/// a TLS handshake with a server that speaks plain HTTP); name resolution and timeouts are built as .NET and Polly
/// raise them, since tests never use a real resolver or wait out a real timeout.
/// </summary>
public sealed class SourceFailureTests
{
    [Fact]
    public async Task A_closed_port_is_a_refused_connection()
    {
        var url = new Uri($"http://127.0.0.1:{RawTcpServer.ClosedPort()}/feed");

        var failure = SourceFailure.FromException(await FailureOfAsync(url), url);

        Assert.Equal(new SourceFailure(SourceFailureKind.Refused, $"connection refused by 127.0.0.1:{url.Port}"), failure);
    }

    [Fact]
    public async Task A_host_that_hangs_up_without_answering_broke_off()
    {
        using var server = new RawTcpServer();
        var url = new Uri($"{server.BaseUrl}/feed");

        var failure = SourceFailure.FromException(await FailureOfAsync(url), url);

        Assert.Equal(new SourceFailure(SourceFailureKind.Dropped, $"the connection to 127.0.0.1:{server.Port} broke off before a full answer"), failure);
    }

    [Fact]
    public async Task A_host_that_answers_in_another_protocol_sent_no_valid_http()
    {
        using var server = new RawTcpServer(answer: "SSH-2.0-OpenSSH_9.6\r\n");
        var url = new Uri($"{server.BaseUrl}/feed");

        var failure = SourceFailure.FromException(await FailureOfAsync(url), url);

        Assert.Equal(new SourceFailure(SourceFailureKind.Other, $"127.0.0.1:{server.Port} sent an answer that is not valid HTTP"), failure);
        Assert.Equal(1, server.Connections);
    }

    [Fact]
    public async Task Https_to_a_server_that_does_not_speak_tls_is_a_tls_failure()
    {
        using var server = new RawTcpServer();
        var url = new Uri($"https://127.0.0.1:{server.Port}/feed");

        var failure = SourceFailure.FromException(await FailureOfAsync(url), url);

        Assert.Equal(SourceFailureKind.Tls, failure.Kind);
        Assert.StartsWith($"TLS failure with 127.0.0.1:{server.Port}", failure.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SocketError.HostNotFound)]
    [InlineData(SocketError.TryAgain)]
    public void A_name_that_does_not_resolve_is_no_network(SocketError error)
    {
        var url = new Uri("https://huggingface.co/api/daily_papers?date=2026-04-27");
        var e = new HttpRequestException(HttpRequestError.NameResolutionError, "Name or service not known (huggingface.co:443)", new SocketException((int)error));

        Assert.Equal(new SourceFailure(SourceFailureKind.NoNetwork, "name resolution failed for huggingface.co"), SourceFailure.FromException(e, url));
    }

    [Fact]
    public void A_source_keeps_no_network_in_the_logs_words_and_any_other_failure_as_its_message()
    {
        var message = "https://huggingface.co/api/daily_papers: Name or service not known (huggingface.co:443)";

        Assert.Equal("no network (name resolution failed for huggingface.co)", new SourceFailure(SourceFailureKind.NoNetwork, "name resolution failed for huggingface.co").Stored(message));
        Assert.Equal("https://x.org/feed: HTTP 503", new SourceFailure(SourceFailureKind.Http, "HTTP 503 from x.org").Stored("https://x.org/feed: HTTP 503"));
    }

    [Fact]
    public void An_unreachable_network_is_no_network()
    {
        var url = new Uri("https://rss.arxiv.org/rss/cs.AI");
        var e = new HttpRequestException(HttpRequestError.ConnectionError, "Network is unreachable", new SocketException((int)SocketError.NetworkUnreachable));

        Assert.Equal(new SourceFailure(SourceFailureKind.NoNetwork, "network unreachable (for rss.arxiv.org)"), SourceFailure.FromException(e, url));
    }

    [Fact]
    public void The_request_timeout_says_how_long_it_waited()
    {
        var url = new Uri("https://rss.arxiv.org/rss/cs.AI");
        var e = new TimeoutRejectedException("The operation didn't complete within the allowed timeout of '00:01:00'.", TimeSpan.FromMinutes(1));

        Assert.Equal(new SourceFailure(SourceFailureKind.TimedOut, "timed out: no answer from rss.arxiv.org within 60 s"), SourceFailure.FromException(e, url));
    }

    [Theory]
    [InlineData(503, "Service Unavailable", "HTTP 503 Service Unavailable from huggingface.co")]
    [InlineData(404, "Not Found", "HTTP 404 Not Found from huggingface.co")]
    [InlineData(429, "Too Many Requests", "rate limited by huggingface.co (HTTP 429)")]
    public void An_error_status_names_the_status_and_the_host(int status, string phrase, string reason)
    {
        var url = new Uri("https://huggingface.co/api/daily_papers?date=2026-04-27&key=secret");

        Assert.Equal(new SourceFailure(SourceFailureKind.Http, reason) { Status = status }, SourceFailure.FromStatus((HttpStatusCode)status, phrase, url));
    }

    private static async Task<Exception> FailureOfAsync(Uri url)
    {
        using var http = new HttpClient();
        return await Assert.ThrowsAnyAsync<HttpRequestException>(() => http.GetAsync(url));
    }
}
