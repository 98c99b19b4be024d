using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using DigestBot.Commands;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace DigestBot.Dashboard.Login;

/// <summary>
/// Discord's OAuth2 authorization-code flow with PKCE, as its OAuth2 docs give it: the authorize URL, the token exchange
/// (form-encoded, the client authenticated with HTTP Basic so the secret is in no body or URL), then the member and their
/// servers read with the access token. Every failure is a <see cref="DiscordLoginException"/> of one line.
/// </summary>
internal sealed class DiscordOAuthClient(IHttpClientFactory http, IOptions<DashboardOptions> options)
{
    public const string ClientName = "dashboard-discord-login";

    public const string Scopes = "identify guilds";

    /// <summary>Discord's largest page of <c>GET /users/@me/guilds</c>.</summary>
    private const int GuildPage = 200;

    private DashboardDiscordOptions Discord => options.Value.Discord;

    /// <summary>Where the browser goes to log in; <c>prompt=none</c> skips Discord's screen for a member who already agreed.</summary>
    public Uri AuthorizeUri(string state, string challenge) => new(QueryHelpers.AddQueryString(Discord.AuthorizeUrl, new Dictionary<string, string?>
    {
        ["response_type"] = "code",
        ["client_id"] = Discord.ClientId.Trim(),
        ["scope"] = Scopes,
        ["redirect_uri"] = Discord.RedirectUrl,
        ["state"] = state,
        ["code_challenge"] = challenge,
        ["code_challenge_method"] = "S256",
        ["prompt"] = "none",
    }));

    /// <summary>The access token for <paramref name="code"/>, proven to be ours by <paramref name="verifier"/>.</summary>
    public async Task<string> ExchangeAsync(string code, string verifier, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Api("oauth2/token"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "authorization_code",
                ["code"] = code,
                ["redirect_uri"] = Discord.RedirectUrl,
                ["code_verifier"] = verifier,
            }),
        };
        var client = $"{Uri.EscapeDataString(Discord.ClientId.Trim())}:{Uri.EscapeDataString(Discord.ClientSecret.Trim())}";
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(client)));
        using var answer = await DiscordOAuthCalls.SendAsync(http.CreateClient(ClientName), request, "the token exchange", cancellationToken);
        return DiscordOAuthCalls.Read("the token exchange", () =>
        {
            var root = answer.RootElement;
            var scopes = root.GetProperty("scope").GetString()?.Split(' ') ?? [];
            if (!string.Equals(root.GetProperty("token_type").GetString(), "Bearer", StringComparison.OrdinalIgnoreCase) || !scopes.Contains("guilds"))
            {
                throw new DiscordLoginException("Discord login: the token exchange gave no Bearer token for the guilds scope");
            }

            return root.GetProperty("access_token").GetString() ?? throw new DiscordLoginException("Discord login: the token exchange gave no token");
        });
    }

    /// <summary>The member the token belongs to and every server they are in, with whether they may change channels there.</summary>
    public async Task<DiscordIdentity> IdentityAsync(string accessToken, CancellationToken cancellationToken)
    {
        using var me = await GetAsync("users/@me", accessToken, cancellationToken);
        var (id, name) = DiscordOAuthCalls.Read("users/@me", () =>
        {
            var root = me.RootElement;
            var display = root.TryGetProperty("global_name", out var global) && global.ValueKind == JsonValueKind.String ? global.GetString() : null;
            return (Snowflake(root.GetProperty("id")), display ?? root.GetProperty("username").GetString()!);
        });

        var guilds = new List<MemberGuild>();
        for (var after = "0"; ; after = guilds[^1].Id.ToString(CultureInfo.InvariantCulture))
        {
            using var page = await GetAsync($"users/@me/guilds?limit={GuildPage}&after={after}", accessToken, cancellationToken);
            var items = DiscordOAuthCalls.Read("users/@me/guilds", () => page.RootElement.EnumerateArray().Select(Guild).ToList());
            guilds.AddRange(items);
            if (items.Count < GuildPage)
            {
                return new DiscordIdentity(id, name, guilds);
            }
        }
    }

    private static MemberGuild Guild(JsonElement guild)
    {
        var owner = guild.TryGetProperty("owner", out var o) && o.ValueKind == JsonValueKind.True;
        var permissions = ulong.Parse(guild.GetProperty("permissions").GetString()!, NumberStyles.None, CultureInfo.InvariantCulture);
        return new MemberGuild(Snowflake(guild.GetProperty("id")), guild.GetProperty("name").GetString() ?? string.Empty, owner || ManageChannelsRule.Allows(permissions));
    }

    private static ulong Snowflake(JsonElement id) => ulong.Parse(id.GetString()!, NumberStyles.None, CultureInfo.InvariantCulture);

    private Task<JsonDocument> GetAsync(string path, string accessToken, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, Api(path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return DiscordOAuthCalls.SendAsync(http.CreateClient(ClientName), request, path.Split('?')[0], cancellationToken, dispose: true);
    }

    private Uri Api(string path) => new($"{Discord.ApiBaseUrl.TrimEnd('/')}/{path}");
}
