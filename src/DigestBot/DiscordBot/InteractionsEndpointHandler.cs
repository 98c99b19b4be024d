using System.Text.Json;
using DigestBot.Discord.Interactions;
using DigestBot.Discord.Json;
using DigestBot.Discord.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DigestBot.DiscordBot;

/// <summary>
/// One request to the interactions endpoint: the raw body read as bytes, verified before any parsing (401 for
/// anything unsigned, badly signed or stale), PING answered with PONG, anything else handed to the pipeline,
/// which answers Discord by callback; the request then gets 202 with no body, as Discord allows.
/// </summary>
internal sealed class InteractionsEndpointHandler(InteractionSignatureVerifier verifier, InteractionPipeline pipeline, string path, ILogger logger)
{
    /// <summary>Interactions are a few kilobytes; a megabyte leaves room for large resolved data.</summary>
    public const int MaxBodyBytes = 1 << 20;

    private static readonly byte[] Pong = """{"type":1}"""u8.ToArray();

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

        var signature = request.Headers[InteractionSignatureVerifier.SignatureHeader].ToString();
        var timestamp = request.Headers[InteractionSignatureVerifier.TimestampHeader].ToString();
        if (!verifier.Verify(signature, timestamp, body))
        {
            // Discord sends bad signatures on purpose to test the endpoint; refusing them is routine.
            logger.LogDebug("Refused an interaction request that was unsigned, badly signed or stale");
            response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        Interaction? interaction;
        try
        {
            interaction = JsonSerializer.Deserialize(body, DiscordJsonContext.Default.Interaction);
        }
        catch (JsonException)
        {
            interaction = null;
        }

        if (interaction is null)
        {
            response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (interaction.Type == InteractionType.Ping)
        {
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = "application/json";
            await response.Body.WriteAsync(Pong, context.RequestAborted);
            return;
        }

        await pipeline.Start(interaction);
        response.StatusCode = StatusCodes.Status202Accepted;
    }
}
