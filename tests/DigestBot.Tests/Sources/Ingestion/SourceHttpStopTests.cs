using System.Net.Sockets;
using DigestBot.Sources;

namespace DigestBot.Tests.Sources.Ingestion;

/// <summary>
/// A request whose failure comes back as the bot stops (the stop lands between the client's answer and the check of
/// it; seen once in CI with a name lookup) is reported as the stop, which the poll job absorbs, not as an unhandled
/// job exception with a raw socket message. The window is too narrow to hit through a real client, so the rule is
/// tested where it is decided.
/// </summary>
public sealed class SourceHttpStopTests
{
    private static readonly Uri Url = new("http://hf-daily.invalid/api/daily_papers?key=secret");

    private static HttpRequestException NotKnown() =>
        new(HttpRequestError.NameResolutionError, "Name or service not known (hf-daily.invalid:80)", new SocketException((int)SocketError.HostNotFound));

    [Fact]
    public void A_failure_that_comes_back_after_the_stop_is_the_stop()
    {
        using var stop = new CancellationTokenSource();
        stop.Cancel();

        var thrown = SourceHttp.Failure(NotKnown(), Url, stop.Token);

        var cancelled = Assert.IsType<OperationCanceledException>(thrown);
        Assert.Equal(stop.Token, cancelled.CancellationToken);
        Assert.IsType<HttpRequestException>(cancelled.InnerException);
        Assert.DoesNotContain("secret", cancelled.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_failure_before_any_stop_is_the_source_s_failure()
    {
        var thrown = SourceHttp.Failure(NotKnown(), Url, CancellationToken.None);

        var failure = Assert.IsType<SourceFetchException>(thrown);
        Assert.Equal(SourceFailureKind.NoNetwork, failure.Failure.Kind);
    }

    [Fact]
    public void A_cancellation_after_the_stop_and_other_exceptions_go_on_as_they_are()
    {
        using var stop = new CancellationTokenSource();
        stop.Cancel();

        Assert.Null(SourceHttp.Failure(new TaskCanceledException("cancelled", null, stop.Token), Url, stop.Token));
        Assert.Null(SourceHttp.Failure(new InvalidOperationException("a bug"), Url, CancellationToken.None));
    }
}
