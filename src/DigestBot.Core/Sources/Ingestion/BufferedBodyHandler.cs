namespace DigestBot.Sources;

/// <summary>
/// Reads each response body inside the retry pipeline. Without it the body is read after the retries are over,
/// so a connection dropped halfway through a feed failed the whole poll instead of being retried like a reset.
/// </summary>
public sealed class BufferedBodyHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        try
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}
