using DigestBot.Local;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DigestBot.Tests.Local;

/// <summary>
/// The console logging as the app sets it up, configuration rules first as the host adds them: HttpClient's request
/// lines and Polly's attempts stay out by default, and an operator who names the category gets them back.
/// </summary>
public sealed class ConsoleLoggingDefaultsTests
{
    private const string HttpClientCategory = "System.Net.Http.HttpClient.digestbot-sources.ClientHandler";

    [Fact]
    public void By_default_http_request_lines_and_polly_information_are_left_out_but_their_warnings_and_ours_pass()
    {
        var screen = Log([], factory =>
        {
            factory.CreateLogger(HttpClientCategory).LogInformation("Sending HTTP request GET https://huggingface.co/api/daily_papers");
            factory.CreateLogger("Polly").LogInformation("Execution attempt. Attempt: '0'");
            factory.CreateLogger("Polly").LogWarning("Circuit breaker opened");
            factory.CreateLogger("DigestBot.Sources.IngestService").LogInformation("Source arxiv: 3 new");
        });

        Assert.DoesNotContain("Sending HTTP request", screen, StringComparison.Ordinal);
        Assert.DoesNotContain("Execution attempt", screen, StringComparison.Ordinal);
        Assert.Contains("warn  Polly: Circuit breaker opened", screen, StringComparison.Ordinal);
        Assert.Contains("info  Sources: Source arxiv: 3 new", screen, StringComparison.Ordinal);
    }

    [Fact]
    public void An_operator_who_names_the_category_under_logging_loglevel_gets_its_lines_back()
    {
        var screen = Log(
            [("Logging:LogLevel:Polly", "Information"), ("Logging:LogLevel:System.Net.Http.HttpClient", "Information")],
            factory =>
            {
                factory.CreateLogger(HttpClientCategory).LogInformation("Sending HTTP request GET https://huggingface.co/api/daily_papers");
                factory.CreateLogger("Polly").LogInformation("Execution attempt. Attempt: '0'");
            });

        Assert.Contains($"info  {HttpClientCategory}: Sending HTTP request", screen, StringComparison.Ordinal);
        Assert.Contains("info  Polly: Execution attempt", screen, StringComparison.Ordinal);
    }

    /// <summary>What the console shows; the one-line formatter writes through the gate at once, so nothing is pending.</summary>
    private static string Log((string Key, string Value)[] settings, Action<ILoggerFactory> log)
    {
        var config = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        var screen = new StringWriter();
        using (var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(config)
            .AddSingleton(new ConsoleGate(screen))
            .AddLogging(b => b.AddConfiguration(config.GetSection("Logging")).AddDigestBotConsole(quiet: false))
            .BuildServiceProvider())
        {
            log(services.GetRequiredService<ILoggerFactory>());
        }

        return screen.ToString();
    }
}
