using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace DigestBot.FakeDiscord;

/// <summary>
/// <c>/oauth2/authorize</c>: checks the application, the registered redirect, <c>response_type=code</c>, the scopes and the
/// PKCE method (an error page, never a redirect, when the application or redirect is wrong); then the consent screen, or
/// straight back with a code when <c>prompt=none</c> and the user already agreed. Cancel sends <c>error=access_denied</c>.
/// </summary>
internal sealed class FakeOAuth2Authorize(FakeOAuth2Server server, FakeOAuth2Grants grants)
{
    private static readonly string[] KnownScopes = ["identify", "email", "guilds", "guilds.join", "guilds.members.read", "connections", "bot", "applications.commands"];

    public Task GetAsync(HttpContext context) =>
        AnswerAsync(context, context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString()), decision: null);

    public async Task PostAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        var parameters = form.Where(f => f.Key != "decision").ToDictionary(f => f.Key, f => f.Value.ToString());
        await AnswerAsync(context, parameters, form["decision"].ToString());
    }

    private async Task AnswerAsync(HttpContext context, Dictionary<string, string> p, string? decision)
    {
        var scopes = p.GetValueOrDefault("scope", string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var problem = p.GetValueOrDefault("client_id") != server.Options.ClientId ? "Unknown Application"
            : p.GetValueOrDefault("redirect_uri") != server.Options.RedirectUri ? "Invalid OAuth2 redirect_uri"
            : p.GetValueOrDefault("response_type") != "code" ? "Invalid response_type"
            : scopes.Length == 0 || scopes.Any(s => !KnownScopes.Contains(s)) ? "Invalid scope"
            : p.ContainsKey("code_challenge") && p.GetValueOrDefault("code_challenge_method") != "S256" ? "Invalid code_challenge_method"
            : null;
        if (problem is not null || server.SignedIn is not { } user)
        {
            await PageAsync(context, problem is null ? 401 : 400, $"<p id=\"problem\">{WebUtility.HtmlEncode(problem ?? "Log in to Discord to continue.")}</p>");
        }
        else if (decision == "deny")
        {
            Redirect(context, p, new() { ["error"] = "access_denied", ["error_description"] = "The resource owner or authorization server denied the request" });
        }
        else if (decision == "allow" || (p.GetValueOrDefault("prompt") == "none" && user.HasAuthorized))
        {
            user.HasAuthorized = true;
            Redirect(context, p, new() { ["code"] = grants.Issue(user, p["redirect_uri"], scopes, p.GetValueOrDefault("code_challenge")) });
        }
        else
        {
            var fields = string.Concat(p.Select(f => $"<input type=\"hidden\" name=\"{WebUtility.HtmlEncode(f.Key)}\" value=\"{WebUtility.HtmlEncode(f.Value)}\">"));
            await PageAsync(context, 200, $"""
                <p>An external application wants to access your Discord account, <strong>{WebUtility.HtmlEncode(user.Username)}</strong>: {WebUtility.HtmlEncode(string.Join(", ", scopes))}</p>
                <form method="post" action="/oauth2/authorize">{fields}<button id="cancel" name="decision" value="deny">Cancel</button> <button id="authorize" name="decision" value="allow">Authorize</button></form>
                """);
        }

        server.Record(context, p, basicAuth: false);
    }

    private static void Redirect(HttpContext context, Dictionary<string, string> p, Dictionary<string, string?> answer)
    {
        if (p.GetValueOrDefault("state") is { } state)
        {
            answer["state"] = state;
        }

        context.Response.StatusCode = 302;
        context.Response.Headers.Location = QueryHelpers.AddQueryString(p["redirect_uri"], answer);
    }

    private static async Task PageAsync(HttpContext context, int status, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync($"<!DOCTYPE html><html lang=\"en\"><head><title>Discord</title></head><body>{body}</body></html>");
    }
}
