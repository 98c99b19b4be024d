using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace DigestBot.FakeDiscord;

/// <summary>
/// The fake provider's codes and access tokens, and the token exchange as Discord's OAuth2 docs and RFCs 6749 and 7636
/// give it: a code is good once, within its lifetime, for the redirect it was issued with, and, when the authorize request
/// carried an S256 challenge, only with the verifier that hashes to it.
/// </summary>
internal sealed class FakeOAuth2Grants(FakeOAuth2Options options)
{
    private readonly ConcurrentDictionary<string, Grant> _codes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (FakeOAuthUser User, string[] Scopes)> _tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _issued = new();

    /// <summary>Every access token issued so far, for tests that check none reached a log line.</summary>
    public IReadOnlyList<string> Tokens => [.. _issued];

    public string Issue(FakeOAuthUser user, string redirectUri, string[] scopes, string? challenge)
    {
        var code = Random();
        _codes[code] = new Grant(user, redirectUri, scopes, challenge, options.Time.GetUtcNow());
        return code;
    }

    /// <summary>The answer to <c>POST /oauth2/token</c> once the client is authenticated: 200 with a token, or 400 with the OAuth2 error.</summary>
    public (int Status, JsonObject Body) Exchange(IReadOnlyDictionary<string, string> form)
    {
        if (form.GetValueOrDefault("grant_type") != "authorization_code")
        {
            return Error("unsupported_grant_type", "Unsupported grant type");
        }

        if (form.GetValueOrDefault("code") is not { } code || !_codes.TryRemove(code, out var grant) || options.Time.GetUtcNow() - grant.IssuedAt > options.CodeLifetime)
        {
            return Error("invalid_grant", "Invalid \"code\" in request.");
        }

        if (form.GetValueOrDefault("redirect_uri") != grant.RedirectUri)
        {
            return Error("invalid_grant", "Invalid \"redirect_uri\" in request.");
        }

        if (grant.Challenge is { } challenge && (form.GetValueOrDefault("code_verifier") is not { } verifier || S256(verifier) != challenge))
        {
            return Error("invalid_grant", "Invalid \"code_verifier\" in request.");
        }

        var token = Random();
        _tokens[token] = (grant.User, grant.Scopes);
        _issued.Enqueue(token);
        return (200, new JsonObject
        {
            ["access_token"] = token,
            ["token_type"] = "Bearer",
            ["expires_in"] = 604800,
            ["refresh_token"] = Random(),
            ["scope"] = string.Join(' ', grant.Scopes),
        });
    }

    /// <summary>The user and scopes of a live token, from an <c>Authorization: Bearer …</c> header.</summary>
    public (FakeOAuthUser User, string[] Scopes)? Bearer(string? authorization) =>
        authorization is { } header && header.StartsWith("Bearer ", StringComparison.Ordinal) && _tokens.TryGetValue(header[7..], out var token) ? token : null;

    /// <summary>Ends every token of <paramref name="user"/>, as when they deauthorize the application.</summary>
    public void Revoke(FakeOAuthUser user)
    {
        foreach (var (token, _) in _tokens.Where(t => t.Value.User == user))
        {
            _tokens.TryRemove(token, out _);
        }
    }

    public static (int, JsonObject) Error(string error, string description) =>
        (400, new JsonObject { ["error"] = error, ["error_description"] = description });

    private static string S256(string verifier) => Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    private static string Random() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20));

    private sealed record Grant(FakeOAuthUser User, string RedirectUri, string[] Scopes, string? Challenge, DateTimeOffset IssuedAt);
}
