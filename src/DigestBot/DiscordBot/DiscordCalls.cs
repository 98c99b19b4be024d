using System.Net;
using Discord;
using Discord.Net;

namespace DigestBot.DiscordBot;

/// <summary>How DigestBot calls Discord.Net: each call bounded in time, and which failures leave it unknown whether Discord acted.</summary>
internal static class DiscordCalls
{
    /// <summary>Options for one call that gives up after <paramref name="limit"/> (Discord.Net would wait HttpClient's 100 s).</summary>
    public static RequestOptions Bounded(TimeSpan limit, TimeProvider time, RetryMode? retry = null) =>
        new() { CancelToken = new CancellationTokenSource(limit, time).Token, RetryMode = retry };

    /// <summary>
    /// The request may or may not have been carried out: a 5xx, no answer in time, or a connection that broke. Not a 4xx
    /// (Discord refused it) and not the caller giving up.
    /// </summary>
    public static bool IsAmbiguous(Exception e, CancellationToken caller) => e switch
    {
        HttpException h => (int)h.HttpCode >= 500,
        OperationCanceledException => !caller.IsCancellationRequested,
        HttpRequestException or TimeoutException or IOException => true,
        _ => false,
    };

    public static int? Code(Exception e) => e is HttpException { DiscordCode: { } code } ? (int)code : null;

    public static bool Is(Exception e, HttpStatusCode status) => e is HttpException h && h.HttpCode == status;
}
