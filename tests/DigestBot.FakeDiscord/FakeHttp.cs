using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace DigestBot.FakeDiscord;

/// <summary>Writing an answer, or withholding one until the client gives up.</summary>
internal static class FakeHttp
{
    public static async Task HangAsync(HttpContext context, CancellationToken stopping)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            await Task.Delay(Timeout.Infinite, linked.Token);
        }
        catch (OperationCanceledException)
        {
            context.Abort();
        }
    }

    public static async Task WriteAsync(HttpContext context, FakeResponse response, CancellationToken stopping)
    {
        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers)
        {
            context.Response.Headers[name] = value;
        }

        if (response.Body is not null)
        {
            context.Response.ContentType = response.Body is JsonValue ? "text/html" : "application/json";
            var text = response.Body is JsonValue v ? v.GetValue<string>() : response.Body.ToJsonString();
            await context.Response.WriteAsync(text, stopping);
        }
    }
}
