using System.Net;
using System.Net.Http.Headers;

namespace DigestBot.Sources;

/// <summary>
/// GETs for sources: conditional (ETag / Last-Modified), bodies kept as bytes so no charset is guessed, failures
/// turned into one-line <see cref="SourceFetchException"/>s. Retries with back-off on 429/5xx/timeouts, honouring
/// Retry-After, come from the resilience handler on the named client.
/// </summary>
public sealed class SourceHttp(IHttpClientFactory factory)
{
    public const string ClientName = "digestbot-sources";

    /// <param name="url">What to fetch; never logged with its query string, which may hold an API key.</param>
    /// <param name="validators">The previous response's ETag and Last-Modified, for a conditional request.</param>
    /// <param name="acceptErrorBody">
    /// Return 4xx bodies instead of failing (arXiv explains a 400 in an Atom error entry); never a 429, whose body
    /// would otherwise be reported as an unreadable feed instead of the rate limit it is.
    /// </param>
    public async Task<FetchedDocument> GetAsync(
        Uri url,
        SourceState? validators,
        IReadOnlyDictionary<string, string>? headers,
        bool acceptErrorBody,
        CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (validators?.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            request.Headers.IfNoneMatch.Add(tag);
        }

        if (validators?.LastModified is { } modified && DateTimeOffset.TryParse(modified, out var since))
        {
            request.Headers.IfModifiedSince = since;
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        HttpResponseMessage response;
        try
        {
            response = await factory.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        }
        catch (Exception e) when (Failure(e, url, cancellationToken) is { } failure)
        {
            throw failure;
        }

        using (response)
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            var ok = response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.NotModified
                || (acceptErrorBody && (int)response.StatusCode is >= 400 and < 500 and not 429 && body.Length > 0);
            if (!ok)
            {
                throw new SourceFetchException(
                    $"{Describe(url)}: HTTP {(int)response.StatusCode} {response.ReasonPhrase}",
                    failure: SourceFailure.FromStatus(response.StatusCode, response.ReasonPhrase, url));
            }

            return new FetchedDocument(
                response.StatusCode,
                body,
                response.Headers.ETag?.ToString(),
                response.Content.Headers.LastModified?.ToString("R"));
        }
    }

    /// <summary>Scheme, host and path only: queries can carry API keys.</summary>
    public static string Describe(Uri url) => url.GetLeftPart(UriPartial.Path);

    /// <summary>
    /// What a failed send is thrown as: the source's failure in one line; or, once stopping has begun, the stop. A
    /// failure can come back just as the bot stops (seen in CI: a name lookup's "not known" as SIGTERM arrived); it is
    /// the stop then, which the poll job absorbs, not an unhandled job exception with the socket's message. Null: not
    /// a failure of the request (rethrown as it is).
    /// </summary>
    internal static Exception? Failure(Exception e, Uri url, CancellationToken cancellationToken)
    {
        if (e is not (HttpRequestException or TaskCanceledException or TimeoutException or Polly.Timeout.TimeoutRejectedException))
        {
            return null;
        }

        if (!cancellationToken.IsCancellationRequested)
        {
            return new SourceFetchException($"{Describe(url)}: {e.Message}", e, SourceFailure.FromException(e, url));
        }

        return e is OperationCanceledException ? null : new OperationCanceledException($"{Describe(url)}: stopped while fetching", e, cancellationToken);
    }
}
