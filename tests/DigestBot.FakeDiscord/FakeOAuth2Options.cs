namespace DigestBot.FakeDiscord;

/// <summary>The application the fake OAuth2 provider knows: its client id and secret and its one registered redirect.</summary>
public sealed class FakeOAuth2Options
{
    public string ClientId { get; init; } = "1030118727418646629";

    public string ClientSecret { get; init; } = "fake-oauth2-client-SECRET-7f3a9c2e";

    /// <summary>The redirect registered in the (fake) developer portal: <c>redirect_uri</c> must be exactly this.</summary>
    public required string RedirectUri { get; init; }

    /// <summary>How long a code may wait for its exchange (Discord's are short-lived; ten minutes here).</summary>
    public TimeSpan CodeLifetime { get; init; } = TimeSpan.FromMinutes(10);

    public TimeProvider Time { get; init; } = TimeProvider.System;
}
