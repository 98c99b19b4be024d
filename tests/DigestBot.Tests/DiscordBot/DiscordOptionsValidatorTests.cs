using DigestBot.DiscordBot;

namespace DigestBot.Tests.DiscordBot;

public class DiscordOptionsValidatorTests
{
    private static string? Failure(DiscordOptions options) => new DiscordOptionsValidator().Validate(null, options).FailureMessage;

    [Fact]
    public void The_defaults_are_valid_and_match_discords_documented_global_limit()
    {
        var options = new DiscordOptions { Token = "t" };

        Assert.Null(Failure(options));
        Assert.Equal((50, TimeSpan.FromSeconds(120), TimeSpan.FromSeconds(15)), (options.GlobalRequestsPerSecond, options.NonceWindow, options.RequestTimeout));
    }

    [Theory]
    [InlineData(0, 120, 15, "GlobalRequestsPerSecond")]
    [InlineData(50, 0, 15, "NonceWindow")]
    [InlineData(50, 120, 0, "RequestTimeout")]
    public void Out_of_range_rest_settings_are_refused_by_name(int perSecond, int nonceWindow, int timeoutSeconds, string key)
    {
        var options = new DiscordOptions
        {
            Token = "t",
            GlobalRequestsPerSecond = perSecond,
            NonceWindow = TimeSpan.FromSeconds(nonceWindow),
            RequestTimeout = TimeSpan.FromSeconds(timeoutSeconds),
        };

        Assert.Contains($"DigestBot:Discord:{key}", Failure(options), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DiscordMode.Gateway)]
    [InlineData(DiscordMode.Http)]
    public void A_command_run_from_a_shell_does_without_the_credentials_the_bot_start_requires(DiscordMode mode)
    {
        var options = new DiscordOptions { Mode = mode };
        var command = new DiscordOptionsValidator(new ProcessKind(RunsBot: false));

        Assert.Null(command.Validate(null, options).FailureMessage);
        Assert.Contains("DigestBot:Discord:Token is required", new DiscordOptionsValidator(new ProcessKind(RunsBot: true)).Validate(null, options).FailureMessage, StringComparison.Ordinal);
        Assert.Contains("DigestBot:Discord:Token is required", Failure(options), StringComparison.Ordinal);
    }

    [Fact]
    public void A_command_run_from_a_shell_still_refuses_a_credential_that_is_set_but_malformed()
    {
        var options = new DiscordOptions { Mode = DiscordMode.Http, PublicKey = "not-a-key" };

        Assert.Contains("PublicKey must be the application's public key", new DiscordOptionsValidator(new ProcessKind(RunsBot: false)).Validate(null, options).FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void An_api_base_url_must_be_http_or_https()
    {
        Assert.Contains("ApiBaseUrl", Failure(new DiscordOptions { Token = "t", ApiBaseUrl = "ftp://discord.com/api/v10" }), StringComparison.Ordinal);
    }

    private const string Key = "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c";

    [Fact]
    public void Http_mode_needs_a_public_key_of_64_hex_digits_in_either_case()
    {
        DiscordOptions Http(string key) => new() { Mode = DiscordMode.Http, Token = "t", ApplicationId = "1", PublicKey = key };

        Assert.Null(Failure(Http(Key)));
        Assert.Null(Failure(Http(Key.ToUpperInvariant())));
        Assert.Contains("DigestBot:Discord:PublicKey", Failure(Http("not-a-key")), StringComparison.Ordinal);
        Assert.Contains("DigestBot:Discord:PublicKey", Failure(Http(Key[..62])), StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromSeconds(300), Http(Key).Http.MaxClockSkew);
    }

    [Theory]
    [InlineData("ftp://127.0.0.1:8080", "/interactions", 300, "Http:ListenUrls")]
    [InlineData("http://127.0.0.1:8080", "interactions", 300, "Http:Path")]
    [InlineData("http://127.0.0.1:8080", "/interactions", 0, "Http:MaxClockSkew")]
    public void Http_endpoint_settings_are_refused_by_name(string urls, string path, int skew, string key)
    {
        var options = new DiscordOptions
        {
            Mode = DiscordMode.Http,
            Token = "t",
            ApplicationId = "1",
            PublicKey = Key,
            Http = new DiscordHttpOptions { ListenUrls = urls, Path = path, MaxClockSkew = TimeSpan.FromSeconds(skew) },
        };

        Assert.Contains($"DigestBot:Discord:{key}", Failure(options), StringComparison.Ordinal);
    }

    [Fact]
    public void A_gateway_url_override_must_be_a_websocket_url()
    {
        Assert.Null(Failure(new DiscordOptions { Token = "t", GatewayUrl = "wss://gateway.discord.gg" }));
        Assert.Contains("GatewayUrl", Failure(new DiscordOptions { Token = "t", GatewayUrl = "https://gateway.discord.gg" }), StringComparison.Ordinal);
    }
}
