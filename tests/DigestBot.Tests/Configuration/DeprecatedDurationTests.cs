using DigestBot.Commands;
using DigestBot.Configuration;
using DigestBot.Sources;
using DigestBot.Storage;
using DigestBot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Tests.Configuration;

/// <summary>
/// Durations are TimeSpans; the keys that took whole seconds or days still work, lose to the new key within one source
/// and win from a stronger one, are checked as whole numbers, and are named once at start-up with their replacement.
/// </summary>
public sealed class DeprecatedDurationTests
{
    [Fact]
    public void An_old_key_in_whole_days_or_seconds_still_sets_its_duration()
    {
        using var services = Services(new()
        {
            ["DigestBot:Sources:FreshnessDays"] = "3",
            ["DigestBot:Storage:KeepDeliveriesDays"] = "",
            ["DigestBot:Cooldowns:Search:UserSeconds"] = "7",
        });

        Assert.Equal(TimeSpan.FromDays(3), services.GetRequiredService<IOptions<SourcesOptions>>().Value.Freshness);
        Assert.Null(services.GetRequiredService<IOptions<StorageOptions>>().Value.KeepDeliveries);
        var search = services.GetRequiredService<IOptions<CooldownsOptions>>().Value.Search;
        Assert.Equal((TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(2)), (search.PerUser, search.PerChannel));
    }

    [Fact]
    public void Within_one_source_the_new_key_wins()
    {
        using var services = Services(new() { ["DigestBot:Sources:FreshnessDays"] = "3", ["DigestBot:Sources:Freshness"] = "12:00:00" });

        Assert.Equal(TimeSpan.FromHours(12), services.GetRequiredService<IOptions<SourcesOptions>>().Value.Freshness);
    }

    [Fact]
    public void An_old_key_from_a_stronger_source_beats_the_new_key_of_appsettings()
    {
        // As the environment (added after the file) beats appsettings.json, which ships the new keys.
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["DigestBot:Sources:Freshness"] = "7.00:00:00" })
            .AddInMemoryCollection(new Dictionary<string, string?> { ["DigestBot:Sources:FreshnessDays"] = "3650" })
            .Build();
        using var services = TestApp.Services(configuration).BuildServiceProvider();

        Assert.Equal(TimeSpan.FromDays(3650), services.GetRequiredService<IOptions<SourcesOptions>>().Value.Freshness);
    }

    [Fact]
    public void An_old_key_out_of_range_for_a_duration_is_refused_by_the_options_not_by_an_overflow()
    {
        using var services = Services(new() { ["DigestBot:Storage:KeepPapersDays"] = "2147483647" });

        var e = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<StorageOptions>>().Value);
        Assert.Contains("DigestBot:Storage:KeepPapers", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_old_key_in_use_is_named_once_at_start_with_its_replacement()
    {
        var log = new LogLines();
        using var services = new ServiceCollection()
            .AddLogging(b => b.AddProvider(log))
            .AddDigestBot(TestApp.Configuration(new Dictionary<string, string?>
            {
                ["DigestBot:Summaries:TimeoutSeconds"] = "10",
                ["DigestBot:Discord:Http:MaxClockSkewSeconds"] = "60",
                ["DigestBot:Sources:Freshness"] = "1.00:00:00",
            }))
            .BuildServiceProvider();

        services.GetRequiredService<ConfigurationWarnings>().WarnDeprecated();

        Assert.Equal(
            [
                "DigestBot:Summaries:TimeoutSeconds is deprecated: it still works, but set DigestBot:Summaries:Timeout instead, as a duration (hh:mm:ss, e.g. 00:00:30; d.hh:mm:ss for days)",
                "DigestBot:Discord:Http:MaxClockSkewSeconds is deprecated: it still works, but set DigestBot:Discord:Http:MaxClockSkew instead, as a duration (hh:mm:ss, e.g. 00:00:30; d.hh:mm:ss for days)",
            ],
            log.Lines.Where(l => l.Level == LogLevel.Warning).Select(l => l.Message));
    }

    [Fact]
    public void The_shipped_appsettings_json_uses_no_deprecated_key()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json")).Build();

        Assert.Empty(DeprecatedDurations.InUse(configuration));
    }

    private static ServiceProvider Services(Dictionary<string, string?> values) => TestApp.Services(values).BuildServiceProvider();
}
