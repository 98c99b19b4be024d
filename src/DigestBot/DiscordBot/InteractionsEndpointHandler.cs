using System.Text.Json;
using Discord.Rest;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DigestBot.DiscordBot;

/// <summary>
/// One request to the interactions endpoint: the raw body read as bytes; our timestamp window, then Discord.Net's
/// <see cref="DiscordRestClient.ParseHttpInteractionAsync(string, string, string, byte[], Func{InteractionProperties, bool})"/>
/// (signature checked; no API calls on parsing), with 401 for anything unsigned, badly signed or stale (400 for a signed body Discord.Net cannot read); then
/// the pipeline, whose first response (PONG included) is written into this response's body, within 3 s. Edits and
/// follow-ups go over REST afterwards.
/// </summary>
internal sealed class InteractionsEndpointHandler(
    DiscordRestClient rest, string publicKey, SignatureWindow window, InteractionPipeline pipeline, TimeProvider time, string path, ILogger logger)
{
    /// <summary>Interactions are a few kilobytes; a megabyte leaves room for large resolved data.</summary>
    public const int MaxBodyBytes = 1 << 20;

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        if (!string.Equals(request.Path.Value, path, StringComparison.Ordinal))
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (!HttpMethods.IsPost(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        byte[] body;
        try
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, context.RequestAborted);
            body = buffer.ToArray();
        }
        catch (BadHttpRequestException e)
        {
            response.StatusCode = e.StatusCode;
            return;
        }

        var signature = request.Headers[SignatureWindow.SignatureHeader].ToString();
        var timestamp = request.Headers[SignatureWindow.TimestampHeader].ToString();
        if (!window.Admits(signature, timestamp) || !Verified(signature, timestamp, body))
        {
            // Discord sends bad signatures on purpose to test the endpoint; refusing them is routine.
            logger.LogDebug("Refused an interaction request that was unsigned, badly signed or stale");
            response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        var (interaction, unreadable) = await ParseAsync(signature, timestamp, body);
        if (interaction is null)
        {
            // A PING must be answered whatever Discord.Net makes of it: it is how Discord accepts the endpoint URL.
            if (IsPing(body))
            {
                response.StatusCode = StatusCodes.Status200OK;
                response.ContentType = "application/json";
                await response.WriteAsync(Pong, context.RequestAborted);
                return;
            }

            logger.LogWarning("A signed interaction request could not be read ({Error}); answered 400", unreadable);
            response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var first = new BodyFirstResponse(interaction);
        var started = pipeline.Start(new IncomingInteraction(interaction, Raw(body), first, time.GetUtcNow()));
        await Task.WhenAny(first.Body.Task, started);
        if (!first.Body.Task.IsCompleted)
        {
            // A repeat of an interaction already answered (or one that failed before any answer): nothing to add.
            response.StatusCode = StatusCodes.Status202Accepted;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json";
        await response.WriteAsync(await first.Body.Task, context.RequestAborted);
        await response.CompleteAsync();
        first.Delivered.TrySetResult();
    }

    /// <summary>Discord.Net's Ed25519 check of timestamp + raw body; a key or signature it cannot read is a failed check.</summary>
    private bool Verified(string signature, string timestamp, byte[] body)
    {
        try
        {
            return rest.IsValidHttpInteraction(publicKey, signature, timestamp, body);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or IndexOutOfRangeException)
        {
            return false;
        }
    }

    /// <summary>
    /// Discord.Net's reading of a request already verified (no API calls on parsing), or why it could not read it: a
    /// signed body only Discord could have sent, in a shape Discord.Net does not read.
    /// </summary>
    private async Task<(RestInteraction? Interaction, string? Error)> ParseAsync(string signature, string timestamp, byte[] body)
    {
        try
        {
            return (await rest.ParseHttpInteractionAsync(publicKey, signature, timestamp, body, _ => false), null);
        }
        catch (Exception e)
        {
            return (null, e.Message);
        }
    }

    private const string Pong = """{"type":1}""";

    private static bool IsPing(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.Number && type.GetRawText() == "1";
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static RawInteraction Raw(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return RawInteractions.Read(document.RootElement);
        }
        catch (JsonException)
        {
            return new RawInteraction(null, null); // Read as Discord.Net read it, but not as strict JSON: no permissions are assumed.
        }
    }
}
