using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace DigestBot.FakeDiscord;

/// <summary>
/// The fake provider's API: <c>POST /oauth2/token</c> (form-encoded only; the client by HTTP Basic or by
/// <c>client_id</c>/<c>client_secret</c> in the form, as Discord accepts both), and <c>/users/@me</c> and
/// <c>/users/@me/guilds</c> with a Bearer token (401 without a live one; the guilds need the <c>guilds</c> scope).
/// </summary>
internal sealed class FakeOAuth2Api(FakeOAuth2Server server, FakeOAuth2Grants grants)
{
    public async Task TokenAsync(HttpContext context)
    {
        if (!string.Equals(context.Request.ContentType?.Split(';')[0].Trim(), "application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            await FakeOAuth2Server.WriteJsonAsync(context, 400, new JsonObject { ["error"] = "invalid_request", ["error_description"] = "Content type must be application/x-www-form-urlencoded" });
            server.Record(context, new Dictionary<string, string>(), basicAuth: false);
            return;
        }

        var form = (await context.Request.ReadFormAsync()).ToDictionary(f => f.Key, f => f.Value.ToString());
        var (basic, id, secret) = Client(context.Request.Headers.Authorization.ToString(), form);
        var (status, body) = id != server.Options.ClientId || secret != server.Options.ClientSecret
            ? (401, new JsonObject { ["error"] = "invalid_client" })
            : server.TryTakeTokenFailure(out var failure) ? failure : grants.Exchange(form);
        await FakeOAuth2Server.WriteJsonAsync(context, status, body);
        server.Record(context, form, basic);
    }

    public async Task MeAsync(HttpContext context)
    {
        if (await BearerAsync(context, "identify") is { } user)
        {
            await FakeOAuth2Server.WriteJsonAsync(context, 200, new JsonObject
            {
                ["id"] = user.Id.ToString(CultureInfo.InvariantCulture),
                ["username"] = user.Username,
                ["discriminator"] = "0",
                ["global_name"] = user.GlobalName,
                ["avatar"] = null,
                ["public_flags"] = 0,
                ["flags"] = 0,
                ["mfa_enabled"] = false,
                ["locale"] = "en-US",
                ["premium_type"] = 0,
            });
        }

        server.Record(context, Query(context), basicAuth: false);
    }

    public async Task GuildsAsync(HttpContext context)
    {
        var query = Query(context);
        var limit = int.TryParse(query.GetValueOrDefault("limit"), NumberStyles.None, CultureInfo.InvariantCulture, out var l) ? l : 200;
        var after = ulong.TryParse(query.GetValueOrDefault("after"), NumberStyles.None, CultureInfo.InvariantCulture, out var a) ? a : 0;
        if (limit is < 1 or > 200)
        {
            await FakeOAuth2Server.WriteJsonAsync(context, 400, new JsonObject { ["message"] = "Invalid Form Body", ["code"] = 50035 });
        }
        else if (await BearerAsync(context, "guilds") is { } user)
        {
            var page = user.Guilds.Values.Where(g => g.Id > after).OrderBy(g => g.Id).Take(limit).Select(g => (JsonNode)new JsonObject
            {
                ["id"] = g.Id.ToString(CultureInfo.InvariantCulture),
                ["name"] = g.Name,
                ["icon"] = null,
                ["banner"] = null,
                ["owner"] = g.Owner,
                ["permissions"] = g.Permissions.ToString(CultureInfo.InvariantCulture),
                ["features"] = new JsonArray(),
            });
            await FakeOAuth2Server.WriteJsonAsync(context, 200, new JsonArray([.. page]));
        }

        server.Record(context, query, basicAuth: false);
    }

    /// <summary>The token's user when it is live and has <paramref name="scope"/>; otherwise the 401 or 403 is written and null returned.</summary>
    private async Task<FakeOAuthUser?> BearerAsync(HttpContext context, string scope)
    {
        if (grants.Bearer(context.Request.Headers.Authorization.ToString()) is not { } token)
        {
            await FakeOAuth2Server.WriteJsonAsync(context, 401, new JsonObject { ["message"] = "401: Unauthorized", ["code"] = 0 });
            return null;
        }

        if (!token.Scopes.Contains(scope))
        {
            await FakeOAuth2Server.WriteJsonAsync(context, 403, new JsonObject { ["message"] = "Missing Access", ["code"] = 50001 });
            return null;
        }

        return token.User;
    }

    /// <summary>The client's credentials: HTTP Basic (form-urlencoded parts, RFC 6749 2.3.1) or the form's fields.</summary>
    private static (bool Basic, string? Id, string? Secret) Client(string authorization, Dictionary<string, string> form)
    {
        if (!authorization.StartsWith("Basic ", StringComparison.Ordinal))
        {
            return (false, form.GetValueOrDefault("client_id"), form.GetValueOrDefault("client_secret"));
        }

        try
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(authorization[6..])).Split(':', 2);
            return pair.Length == 2 ? (true, Uri.UnescapeDataString(pair[0]), Uri.UnescapeDataString(pair[1])) : (true, null, null);
        }
        catch (FormatException)
        {
            return (true, null, null);
        }
    }

    private static Dictionary<string, string> Query(HttpContext context) =>
        context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString());
}
