namespace DigestBot.FakeDiscord;

/// <summary>
/// One request to the fake OAuth2 provider: its query or form parameters, without <c>client_secret</c>, and how the client
/// authenticated, so that a failing assertion never prints a secret. Tokens are never kept here either.
/// </summary>
public sealed record FakeOAuth2Request(string Method, string Path, IReadOnlyDictionary<string, string> Parameters, bool BasicAuth, int Status)
{
    public string? this[string name] => Parameters.GetValueOrDefault(name);
}
