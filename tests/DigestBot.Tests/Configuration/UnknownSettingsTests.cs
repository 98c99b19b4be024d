using DigestBot.Configuration;
using DigestBot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DigestBot.Tests.Configuration;

/// <summary>
/// A key no setting reads (a misspelt one, or one in the wrong place) is named in one warning, with the key most likely
/// meant or the keys of its section, as the app's own sections are bound; known keys in any case, deprecated keys, list
/// items and named sources are not.
/// </summary>
public sealed class UnknownSettingsTests
{
    [Fact]
    public void Misspelt_and_misplaced_keys_are_each_named_once_with_what_was_likely_meant()
    {
        var lines = Find(new Dictionary<string, string?>
        {
            ["DigestBot:Sumaries:Provider"] = "OpenAI",
            ["DigestBot:Sumaries:Model"] = "llama3.1:8b",
            ["DigestBot:Summaries:Llm:Endpoint"] = "http://127.0.0.1:11434/v1",
            ["DigestBot:Discord:Tokne"] = "not-shown-SECRET",
            ["DigestBot:Discord:Http:ListenUrl"] = "http://127.0.0.1:8080",
            ["DigestBot:Sources:List:arxiv:Type"] = "ArxivListing",
            ["DigestBot:Sources:List:arxiv:Categoris:0"] = "cs.LG",
        });

        Assert.Equal(
            [
                "DigestBot:Discord:Http:ListenUrl (env DigestBot__Discord__Http__ListenUrl) is not a setting and is ignored — did you mean DigestBot:Discord:Http:ListenUrls?",
                "DigestBot:Discord:Tokne (env DigestBot__Discord__Tokne) is not a setting and is ignored — did you mean DigestBot:Discord:Token?",
                "DigestBot:Sources:List:arxiv:Categoris (env DigestBot__Sources__List__arxiv__Categoris) is not a setting and is ignored — did you mean DigestBot:Sources:List:arxiv:Categories?",
                "DigestBot:Sumaries (env DigestBot__Sumaries) is not a setting and is ignored — did you mean DigestBot:Summaries?",
                "DigestBot:Summaries:Llm (env DigestBot__Summaries__Llm) is not a setting and is ignored — DigestBot:Summaries has MaxChars, Provider, Endpoint, Model, ApiKey, Timeout, MaxCallsPerDay",
            ],
            lines.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("SECRET", StringComparison.Ordinal));
    }

    [Fact]
    public void Known_keys_in_any_case_deprecated_keys_list_items_and_named_sources_are_not_unknown()
    {
        Assert.Empty(Find(new Dictionary<string, string?>
        {
            ["digestbot:summaries:provider"] = "None",
            ["DigestBot:SUMMARIES:MaxChars"] = "300",
            ["DigestBot:Summaries:TimeoutSeconds"] = "30",
            ["DigestBot:Discord:Http:MaxClockSkewSeconds"] = "60",
            ["DigestBot:Sources:List:my-journal:Type"] = "Feed",
            ["DigestBot:Sources:List:my-journal:Url"] = "https://example.org/rss",
            ["DigestBot:Sources:List:arxiv:Categories:0"] = "cs.LG",
            ["DigestBot:Cooldowns:Search:PerUser"] = "00:00:05",
            ["DigestBot:Digests:MaxPapersPerMessage"] = "10",
        }));
    }

    [Fact]
    public void The_shipped_appsettings_json_has_no_unknown_key()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json")).Build();
        using var services = new ServiceCollection().AddLogging().AddDigestBot(configuration).BuildServiceProvider();

        Assert.Empty(UnknownSettings.Find(configuration, services.GetServices<ConfiguredSection>()));
    }

    [Fact]
    public void An_unknown_key_is_a_warning_through_the_apps_logger()
    {
        var log = new LogLines();
        using var services = new ServiceCollection()
            .AddLogging(b => b.AddProvider(log))
            .AddDigestBot(TestApp.Configuration(new Dictionary<string, string?> { ["DigestBot:Semantic:Enable"] = "false" }))
            .BuildServiceProvider();

        services.GetRequiredService<ConfigurationWarnings>().WarnUnknown();

        var warning = Assert.Single(log.Lines, l => l.Level == LogLevel.Warning);
        Assert.Equal("DigestBot:Semantic:Enable (env DigestBot__Semantic__Enable) is not a setting and is ignored — did you mean DigestBot:Semantic:Enabled?", warning.Message);
    }

    private static IReadOnlyList<string> Find(Dictionary<string, string?> values)
    {
        var configuration = TestApp.Configuration(values);
        using var services = new ServiceCollection().AddLogging().AddDigestBot(configuration).BuildServiceProvider();
        return UnknownSettings.Find(configuration, services.GetServices<ConfiguredSection>());
    }
}
