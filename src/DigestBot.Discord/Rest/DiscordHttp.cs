using System.Net.Http.Headers;
using System.Text.Json;
using DigestBot.Discord.Models;

namespace DigestBot.Discord.Rest;

/// <summary>The HTTP side of a call: the request Discord expects, and a 429's body.</summary>
internal static class DiscordHttp
{
    private static readonly MediaTypeHeaderValue JsonContent = new("application/json");

    public static HttpRequestMessage Request(Uri baseUrl, DiscordRoute route, byte[]? body, DiscordRestOptions options)
    {
        var request = new HttpRequestMessage(route.Method, new Uri(baseUrl, route.Path));
        request.Headers.TryAddWithoutValidation("User-Agent", options.UserAgent);

        // Interaction routes authenticate with the interaction token in their path; the bot token stays home.
        if (!route.IsInteraction)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bot", options.Token);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = JsonContent;
        }

        return request;
    }

    public static RateLimitResponse? ReadRateLimit(byte[] bytes)
    {
        try
        {
            return bytes.Length == 0 ? null : JsonSerializer.Deserialize(bytes, Json.DiscordJsonContext.Default.RateLimitResponse);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
