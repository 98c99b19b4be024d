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
        Assert.Equal((50, 120, TimeSpan.FromSeconds(15)), (options.GlobalRequestsPerSecond, options.NonceWindowSeconds, options.RequestTimeout));
    }

    [Theory]
    [InlineData(0, 120, 15, "GlobalRequestsPerSecond")]
    [InlineData(50, 0, 15, "NonceWindowSeconds")]
    [InlineData(50, 120, 0, "RequestTimeout")]
    public void Out_of_range_rest_settings_are_refused_by_name(int perSecond, int nonceWindow, int timeoutSeconds, string key)
    {
        var options = new DiscordOptions
        {
            Token = "t",
            GlobalRequestsPerSecond = perSecond,
            NonceWindowSeconds = nonceWindow,
            RequestTimeout = TimeSpan.FromSeconds(timeoutSeconds),
        };

        Assert.Contains($"DigestBot:Discord:{key}", Failure(options), StringComparison.Ordinal);
    }

    [Fact]
    public void An_api_base_url_must_be_http_or_https()
    {
        Assert.Contains("ApiBaseUrl", Failure(new DiscordOptions { Token = "t", ApiBaseUrl = "ftp://discord.com/api/v10" }), StringComparison.Ordinal);
    }
}
