using System.Globalization;
using System.Text;

namespace DigestBot.Tests.Support;

/// <summary>Discord's side of the HTTP interactions endpoint: an application key made here, and requests signed with it.</summary>
public sealed class SignedRequests : IDisposable
{
    private readonly Ed25519Signer _key = new();
    private readonly HttpClient _http = new();

    /// <summary>Upper case, as the Developer Portal may show it; either case must work.</summary>
    public string PublicKeyHex => Convert.ToHexString(_key.PublicKey);

    public static string Stamp(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public string Sign(string timestamp, byte[] body) =>
        Convert.ToHexStringLower(_key.Sign([.. Encoding.UTF8.GetBytes(timestamp), .. body]));

    /// <summary>POSTs <paramref name="body"/> with the given headers (null leaves a header out).</summary>
    public async Task<(int Status, string Body, string? ContentType)> PostAsync(Uri url, byte[] body, string? signature, string? timestamp)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Signature-Ed25519", signature);
        }

        if (timestamp is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", timestamp);
        }

        using var response = await _http.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(), response.Content.Headers.ContentType?.MediaType);
    }

    public Task<(int Status, string Body, string? ContentType)> PostSignedAsync(Uri url, byte[] body, DateTimeOffset at)
    {
        var stamp = Stamp(at);
        return PostAsync(url, body, Sign(stamp, body), stamp);
    }

    public async Task<int> SendAsync(HttpMethod method, Uri url)
    {
        using var response = await _http.SendAsync(new HttpRequestMessage(method, url));
        return (int)response.StatusCode;
    }

    public void Dispose() => _http.Dispose();
}
