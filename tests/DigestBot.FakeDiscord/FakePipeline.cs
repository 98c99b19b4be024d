using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace DigestBot.FakeDiscord;

/// <summary>
/// Every request, in Discord's order of concerns: record it, require a proper User-Agent and (outside
/// interaction routes) the bot token, play an injected fault, apply the global and the route's bucket limits,
/// require a JSON body, then run the route, which validates the payload.
/// </summary>
internal sealed partial class FakePipeline(FakeDiscordServer server, IReadOnlyList<FakeRoute> routes, FakeRateLimiter limiter)
{
    public async Task HandleAsync(HttpContext context, CancellationToken stopping)
    {
        using var busy = server.Busy();
        var http = context.Request;
        var body = await new StreamReader(http.Body, Encoding.UTF8).ReadToEndAsync(stopping);
        var path = http.Path.Value ?? string.Empty;
        var auth = http.Headers.Authorization.ToString();
        var request = new FakeRequest(server.Options.Time.GetUtcNow(), http.Method, path, http.QueryString.Value ?? string.Empty, body)
        {
            UserAgent = http.Headers.UserAgent.ToString(),
            ContentType = http.ContentType,
            HasAuthorization = auth.Length > 0,
            HasBotToken = auth == $"Bot {server.Options.Token}",
        };
        server.Record(request);

        var route = Match(path, http.Method, out var match);
        request.Route = route?.Template;
        request.Major = match?.Groups["major"].Value;
        if (route?.Template.Contains(" /webhooks/", StringComparison.Ordinal) == true)
        {
            await server.Interactions.WaitForHttpAnswerAsync(request.Major!, stopping);
        }

        var fault = route is null ? null : server.TakeFault(request);
        request.Fault = fault?.Kind;
        var response = Answer(request, route, match, fault);
        if (fault?.Kind is FakeFaultKind.Timeout or FakeFaultKind.TimeoutAfterProcessing)
        {
            busy.Dispose();
            await FakeHttp.HangAsync(context, stopping);
            return;
        }

        request.Status = response.Status;
        if (response.Status >= 400 && response.Body is JsonObject error)
        {
            request.ErrorCode = error["code"]?.GetValue<int>() ?? 0;
            request.ErrorBody = error.ToJsonString();
        }

        await FakeHttp.WriteAsync(context, response, stopping);
        request.AnsweredAt = server.Options.Time.GetUtcNow();
    }

    private FakeResponse Answer(FakeRequest request, FakeRoute? route, Match? match, FakeFault? fault)
    {
        if (!UserAgentPattern().IsMatch(request.UserAgent ?? string.Empty))
        {
            return FakeResponse.Error(403, 0, "Missing or malformed User-Agent: expected DiscordBot ($url, $versionNumber)");
        }

        if (route is null || match is null)
        {
            return FakeErrors.NotFound();
        }

        if (!route.IsInteraction && (!request.HasBotToken || server.TokenRevoked))
        {
            return FakeErrors.Unauthorized();
        }

        switch (fault?.Kind)
        {
            case FakeFaultKind.RateLimit:
                return FakeRateLimiter.TooMany(fault.RetryAfter, global: false, new() { ["X-RateLimit-Bucket"] = route.Rule.Hash });
            case FakeFaultKind.GlobalRateLimit:
                return FakeRateLimiter.TooMany(fault.RetryAfter, global: true, []);
            case FakeFaultKind.Error:
                return FakeResponse.Error(fault.Status, fault.Code, fault.Message);
            case FakeFaultKind.ServerError:
                return new FakeResponse(fault.Status, JsonValue.Create($"{fault.Status} Bad Gateway"));
            case FakeFaultKind.Timeout:
                return new FakeResponse(0, null);
        }

        if (!route.IsInteraction && limiter.Global() is { } global)
        {
            return global;
        }

        var (headers, limited) = limiter.Bucket(route.Rule, match.Groups["major"].Value);
        if (limited is not null)
        {
            return limited;
        }

        var response = Run(request, route, match);
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAdd(name, value);
        }

        return response;
    }

    private static FakeResponse Run(FakeRequest request, FakeRoute route, Match match)
    {
        JsonNode? body = null;
        if (route.HasBody)
        {
            if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
            {
                return FakeErrors.InvalidForm([new FakeValidationError(string.Empty, "CONTENT_TYPE_INVALID", "Expected \"Content-Type\" header to be one of {'application/json', 'application/x-www-form-urlencoded', 'multipart/form-data'}.")]);
            }

            try
            {
                body = JsonNode.Parse(request.Body);
            }
            catch (JsonException)
            {
                return FakeErrors.InvalidJson();
            }
        }

        return route.Handle(new FakeCall(match, request.Query, body));
    }

    private FakeRoute? Match(string path, string method, out Match? match)
    {
        match = null;
        if (!path.StartsWith(server.Options.ApiPath, StringComparison.Ordinal))
        {
            return null;
        }

        var relative = path[server.Options.ApiPath.Length..];
        foreach (var route in routes.Where(r => r.Method == method))
        {
            var m = route.Pattern.Match(relative);
            if (m.Success)
            {
                match = m;
                return route;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^DiscordBot \([^,()]+, [^()]+\)")]
    private static partial Regex UserAgentPattern();
}
