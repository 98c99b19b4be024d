using System.Text;
using System.Text.Json;
using DigestBot.Discord.Models;

namespace DigestBot.Discord.Rest;

/// <summary>
/// Every failed Discord call: the HTTP status (0 when no answer came), Discord's JSON <see cref="Code"/> and
/// the route template. Callers branch on <see cref="IsPermanentForChannel"/> and <see cref="IsTransient"/>,
/// never on message text. Messages hold templates and Discord's own words only, never a token.
/// </summary>
public sealed class DiscordException : Exception
{
    public DiscordException(int httpStatus, int code, string route, string message, Exception? inner = null)
        : base(message, inner)
    {
        HttpStatus = httpStatus;
        Code = code;
        Route = route;
    }

    /// <summary>0 when the call timed out or never reached Discord.</summary>
    public int HttpStatus { get; }

    public int Code { get; }

    public string Route { get; }

    /// <summary>The channel is gone or the bot may not use it: retrying this channel will not help.</summary>
    public bool IsPermanentForChannel =>
        Code is DiscordErrorCodes.UnknownChannel or DiscordErrorCodes.MissingAccess or DiscordErrorCodes.MissingPermissions;

    /// <summary>
    /// Discord refused a token: the bot token (the client has then stopped, see <see cref="DiscordRestClient.IsStopped"/>)
    /// or, on interaction routes, an expired interaction token.
    /// </summary>
    public bool IsUnauthorized => HttpStatus == 401;

    /// <summary>Timeouts, 5xx and rate limits that outlasted the retries: worth trying again later.</summary>
    public bool IsTransient => HttpStatus is 0 or 429 or >= 500;

    internal static DiscordException FromResponse(int status, string route, byte[] body)
    {
        DiscordErrorBody? error = null;
        try
        {
            error = body.Length == 0 ? null : JsonSerializer.Deserialize(body, Json.DiscordJsonContext.Default.DiscordErrorBody);
        }
        catch (JsonException)
        {
            // Proxies answer with HTML now and then; the status alone still says enough.
        }

        var text = new StringBuilder($"Discord {route} failed with HTTP {status}");
        if (error is not null)
        {
            text.Append($", code {error.Code}: {error.Message}");
            if (error.Errors is { ValueKind: JsonValueKind.Object } errors)
            {
                var details = new List<string>();
                Flatten(errors, string.Empty, details);
                if (details.Count > 0)
                {
                    text.Append(" (").Append(string.Join("; ", details.Take(10))).Append(')');
                }
            }
        }

        return new DiscordException(status, error?.Code ?? 0, route, text.ToString());
    }

    /// <summary>50035's nested <c>errors</c> as <c>embeds.0.title: Must be 256 or fewer in length.</c></summary>
    private static void Flatten(JsonElement node, string path, List<string> into)
    {
        foreach (var property in node.EnumerateObject())
        {
            if (property.Name == "_errors" && property.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var e in property.Value.EnumerateArray())
                {
                    var message = e.ValueKind == JsonValueKind.Object && e.TryGetProperty("message", out var m) ? m.GetString() : e.ToString();
                    into.Add($"{path}: {message}");
                }
            }
            else if (property.Value.ValueKind == JsonValueKind.Object)
            {
                Flatten(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}", into);
            }
        }
    }
}
