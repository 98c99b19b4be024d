using System.Text.Json;
using Discord.Rest;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DigestBot.DiscordBot;

/// <summary>
/// One request to the interactions endpoint: the raw body read as bytes; our timestamp window, then Discord.Net's
/// <see cref="DiscordRestClient.ParseHttpInteractionAsync(string, string, string, byte[], Func{InteractionProperties, bool})"/>
/// (signature checked; no API calls on parsing), with 401 for anything unsigned, badly signed, malformed or stale; then
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
        var interaction = window.Admits(signature, timestamp) ? await ParseAsync(signature, timestamp, body) : null;
        if (interaction is null)
        {
            // Discord sends bad signatures on purpose to test the endpoint; refusing them is routine.
            logger.LogDebug("Refused an interaction request that was unsigned, badly signed, malformed or stale");
            response.StatusCode = StatusCodes.Status401Unauthorized;
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

    /// <summary>Discord.Net's parse, or null: it throws a bad-signature exception, or another one for a malformed signature or key.</summary>
    private async Task<RestInteraction?> ParseAsync(string signature, string timestamp, byte[] body)
    {
        try
        {
            return await rest.ParseHttpInteractionAsync(publicKey, signature, timestamp, body, _ => false);
        }
        catch (Exception e) when (e is BadSignatureException or ArgumentException or FormatException or IndexOutOfRangeException or Newtonsoft.Json.JsonException)
        {
            return null;
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
