using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using DigestBot.FakeDiscord;

namespace DigestBot.Tests.FakeDiscord;

/// <summary>Hand-written requests to the fake, to see what it accepts and refuses without our client in the way.</summary>
public sealed class RawDiscord(FakeDiscordServer fake) : IDisposable
{
    /// <summary>The token the fake is started with in these tests.</summary>
    public const string Token = "test-token-SECRET-abc.def.ghi";

    private readonly HttpClient _http = new();

    public async Task<(int Status, JsonNode? Body)> SendAsync(
        string method, string path, string? json, string? userAgent = "DiscordBot (https://example.org, 1.0)", string? token = RawDiscord.Token, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), fake.ApiBaseUrl + path);
        if (userAgent is not null)
        {
            request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bot", token);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        }

        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length > 0 && text[0] is '{' or '[' ? JsonNode.Parse(text) : null);
    }

    public Task<(int Status, JsonNode? Body)> PostMessageAsync(ulong channel, JsonObject message) =>
        SendAsync("POST", $"/channels/{channel}/messages", message.ToJsonString());

    public void Dispose() => _http.Dispose();
}
