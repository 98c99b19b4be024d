using System.Net;
using System.Text.Json;

namespace DigestBot.Dashboard.Login;

/// <summary>
/// One call to Discord for the login and its failure as one line: the step, the HTTP status and OAuth2's error code,
/// never the request (secret, code, token) nor Discord's free-text description, which may echo them.
/// </summary>
internal static class DiscordOAuthCalls
{
    public static async Task<JsonDocument> SendAsync(HttpClient client, HttpRequestMessage request, string step, CancellationToken cancellationToken, bool dispose = false)
    {
        try
        {
            using var response = await client.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new DiscordLoginException(
                    $"Discord login: {step} was refused with HTTP {(int)response.StatusCode}{ErrorCode(body)}",
                    tokenRefused: response.StatusCode == HttpStatusCode.Unauthorized && request.Headers.Authorization?.Scheme == "Bearer");
            }

            return Read(step, () => JsonDocument.Parse(body));
        }
        catch (HttpRequestException e)
        {
            throw new DiscordLoginException($"Discord login: {step} failed, Discord could not be reached ({e.HttpRequestError})");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new DiscordLoginException($"Discord login: {step} timed out");
        }
        finally
        {
            if (dispose)
            {
                request.Dispose();
            }
        }
    }

    /// <summary>OAuth2's error code (<c>invalid_grant</c>) when the body has one that looks like a code: never the description.</summary>
    private static string ErrorCode(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String
                && error.GetString() is { Length: > 0 and <= 40 } code && code.All(c => char.IsAsciiLetterLower(c) || c == '_')
                ? $" ({code})"
                : string.Empty;
        }
        catch (JsonException)
        {
            return string.Empty;
        }
    }

    /// <summary>Reads an answer, turning one that is not what Discord documents into a one-line failure.</summary>
    public static T Read<T>(string step, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or OverflowException or ArgumentNullException)
        {
            throw new DiscordLoginException($"Discord login: {step} answered with something that is not what Discord documents");
        }
    }
}
