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

    [Theory]
    [InlineData("https://bot.example.org/login/discord/callback")]
    [InlineData("http://127.0.0.1:8081/login/discord/callback")]
    public void A_complete_Discord_login_with_an_https_or_loopback_callback_is_accepted(string redirect) =>
        Assert.True(Validate(WithLogin(redirect)).Succeeded);

    [Theory]
    [InlineData("http://bot.example.org/login/discord/callback", "must use https://")]
    [InlineData("https://bot.example.org/callback", "must end with /login/discord/callback")]
    [InlineData("not a url", "is not an https:// address")]
    public void A_Discord_login_callback_that_would_leak_or_miss_the_session_is_one_line_naming_the_key(string redirect, string message)
    {
        var result = Validate(WithLogin(redirect));

        Assert.True(result.Failed);
        Assert.Contains("DigestBot:Dashboard:Discord:RedirectUrl", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains(message, result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Discord_login_client_id_must_be_the_application_id()
    {
        var options = WithLogin("https://bot.example.org/login/discord/callback");
        options.Discord.ClientId = "my-app";

        Assert.Contains("DigestBot:Dashboard:Discord:ClientId: 'my-app' is not an application id", Validate(options).FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_command_run_from_a_shell_does_without_the_login_secret_alone()
    {
        var noSecret = WithLogin("https://digest.example.org/login/discord/callback");
        noSecret.Discord.ClientSecret = string.Empty;
        var noRedirect = WithLogin(string.Empty);
        noRedirect.Discord.ClientSecret = string.Empty;
        var command = new DashboardOptionsValidator(new ProcessKind(RunsBot: false));

        Assert.True(command.Validate(null, noSecret).Succeeded);
        Assert.Contains("(missing ClientSecret)", Validate(noSecret).FailureMessage, StringComparison.Ordinal);
        Assert.Contains("(missing RedirectUrl)", command.Validate(null, noRedirect).FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_disabled_dashboard_needs_no_address() =>
        Assert.True(Validate(new DashboardOptions { Enabled = false, ListenUrls = string.Empty }).Succeeded);

    private static DashboardOptions WithLogin(string redirect) => new()
    {
        Discord = new DigestBot.Dashboard.Login.DashboardDiscordOptions { ClientId = "1030118727418646629", ClientSecret = "s3cret-value", RedirectUrl = redirect },
    };

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(DashboardOptions options) =>
        new DashboardOptionsValidator().Validate(null, options);
}
