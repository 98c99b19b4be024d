using DigestBot.Dashboard;

namespace DigestBot.Tests.Dashboard;

public sealed class DashboardOptionsValidatorTests
{
    [Theory]
    [InlineData("http://127.0.0.1:8081")]
    [InlineData("http://127.0.0.1:8081;https://[::1]:8443")]
    [InlineData("http://*:8081")]
    [InlineData("http://127.0.0.1:0")]
    public void Listen_addresses_Kestrel_takes_are_accepted(string urls) =>
        Assert.True(Validate(new DashboardOptions { ListenUrls = urls }).Succeeded);

    [Theory]
    [InlineData("ftp://127.0.0.1:8081", "'ftp://127.0.0.1:8081' is not an http:// or https:// address")]
    [InlineData("127.0.0.1:8081", "'127.0.0.1:8081' is not an http:// or https:// address")]
    [InlineData("http://127.0.0.1:8081/dash", "without a path")]
    [InlineData(" ; ", "DigestBot:Dashboard:ListenUrls is empty")]
    public void A_listen_address_Kestrel_would_refuse_is_one_line_naming_the_key(string urls, string message)
    {
        var result = Validate(new DashboardOptions { ListenUrls = urls });

        Assert.True(result.Failed);
        Assert.Contains(message, result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("DigestBot:Dashboard:ListenUrls", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_disabled_dashboard_needs_no_address() =>
        Assert.True(Validate(new DashboardOptions { Enabled = false, ListenUrls = string.Empty }).Succeeded);

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(DashboardOptions options) =>
        new DashboardOptionsValidator().Validate(null, options);
}
