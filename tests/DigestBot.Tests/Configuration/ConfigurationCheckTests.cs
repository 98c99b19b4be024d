using DigestBot.Commands;
using DigestBot.Configuration;
using DigestBot.Digests;
using DigestBot.DiscordBot;
using DigestBot.Local;
using DigestBot.Sources;
using DigestBot.Storage;
using DigestBot.Summaries;
using DigestBot.Tests.Local;
using DigestBot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DigestBot.Tests.Configuration;

/// <summary>
/// Configured values read as their options' types before the binder sees them: each wrong one is a line naming the
/// key, its environment variable and what the key takes, for every kind of value the options use.
/// </summary>
public sealed class ConfigurationCheckTests
{
    [Theory]
    [InlineData("DigestBot:Storage:KeepPapersDays", "abc", "'abc' is not a whole number")]
    [InlineData("DigestBot:Storage:KeepPapersDays", "2.5", "'2.5' is not a whole number")]
    [InlineData("DigestBot:Sources:FreshnessDays", "", "'' is not a whole number")]
    [InlineData("DigestBot:Sources:FreshnessDays", "99999999999", "'99999999999' is out of range (-2147483648 to 2147483647)")]
    [InlineData("DigestBot:Sources:Enabled", "yes", "'yes' is not true or false")]
    [InlineData("DigestBot:Discord:Mode", "Bogus", "'Bogus' is not one of Local, Gateway, Http")]
    [InlineData("DigestBot:Discord:Mode", "7", "'7' is not one of Local, Gateway, Http")]
    [InlineData("DigestBot:Discord:Mode", "Local, Http", "'Local, Http' is not one of Local, Gateway, Http")]
    [InlineData("DigestBot:Discord:RequestTimeout", "soon", "'soon' is not a duration (hh:mm:ss, e.g. 00:00:30; d.hh:mm:ss for days)")]
    [InlineData("DigestBot:Discord:RequestTimeout", "15", "'15' is not a duration: a bare number would be read as days (hh:mm:ss, e.g. 00:00:30; d.hh:mm:ss for days)")]
    [InlineData("DigestBot:Discord:Http:MaxClockSkewSeconds", "5m", "'5m' is not a whole number")]
    [InlineData("DigestBot:Sources:List:arxiv:Type", "Arxiv", "'Arxiv' is not one of ArxivListing, ArxivApi, HfDaily, Feed, OpenAlex, SemanticScholar")]
    [InlineData("DigestBot:Sources:List:arxiv:PageSize", "many", "'many' is not a whole number")]
    [InlineData("DigestBot:Cooldowns:Search:UserSeconds", "x", "'x' is not a whole number")]
    [InlineData("DigestBot:Summaries:Provider", "Claude", "'Claude' is not one of None, OpenAI")]
    [InlineData("DigestBot:Local:Interactive", "on", "'on' is not true or false")]
    public void A_wrong_value_names_its_key_its_environment_variable_and_what_is_allowed(string key, string value, string problem)
    {
        var env = key.Replace(":", "__", StringComparison.Ordinal);

        var line = Assert.Single(Problems(new() { [key] = value }));

        Assert.Equal($"{key} (env {env}): {problem}", line);
    }

    [Theory]
    [InlineData("DigestBot:Storage:KeepPapersDays", "")]
    [InlineData("DigestBot:Storage:KeepPapersDays", "30")]
    [InlineData("DigestBot:Discord:Mode", "gateway")]
    [InlineData("DigestBot:Discord:RequestTimeout", "00:00:20")]
    [InlineData("DigestBot:Digests:PausedRetryDelay", "1.00:00:00")]
    [InlineData("DigestBot:Sources:Enabled", "False")]
    [InlineData("DigestBot:Sources:List:arxiv:Categories:0", "cs.CL")]
    [InlineData("DigestBot:Sources:List:mine:Type", "Feed")]
    [InlineData("DigestBot:Digests:DefaultSchedule", "weekdays 09:00")]
    public void A_good_value_passes(string key, string value)
    {
        Assert.Empty(Problems(new() { [key] = value }));
    }

    [Fact]
    public void A_single_value_for_a_list_or_a_section_is_said_instead_of_being_ignored()
    {
        var problems = Problems(new()
        {
            ["DigestBot:Sources:List:arxiv:Categories"] = "cs.LG",
            ["DigestBot:Sources:List:arxiv:Categories:0"] = "cs.CL",
            ["DigestBot:Discord:Http"] = "abc",
            ["DigestBot:Sources:List"] = "arxiv",
        });

        Assert.Equal(
            [
                "DigestBot:Discord:Http (env DigestBot__Discord__Http): is a section, not a single value: set its keys (DigestBot__Discord__Http__KEY)",
                "DigestBot:Sources:List (env DigestBot__Sources__List): is a set of named sections, not a single value: set DigestBot__Sources__List__NAME__KEY",
                "DigestBot:Sources:List:arxiv:Categories (env DigestBot__Sources__List__arxiv__Categories): is a list, not a single value: set DigestBot__Sources__List__arxiv__Categories__0, __1, …",
            ],
            problems.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_shipped_appsettings_json_has_no_problem()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json")).Build();
        var services = TestApp.Services(configuration).BuildServiceProvider();

        services.GetRequiredService<ConfiguredSections>().ThrowIfInvalid();
        LogLevelCheck.ThrowIfInvalid(configuration);
        Assert.Equal(["arxiv", "hf-daily"], services.GetRequiredService<IOptions<SourcesOptions>>().Value.List.Keys.Order());
    }

    [Fact]
    public void Every_options_section_the_app_binds_is_checked_and_none_is_bound_unchecked()
    {
        var services = AppCommands.Services();

        var sections = services.Where(s => s.ImplementationInstance is ConfiguredSection).Select(s => ((ConfiguredSection)s.ImplementationInstance!).Section);
        // BindConfiguration registers this configurator: a section bound that way would skip the check.
        var bound = services.Where(s => s.ImplementationType?.Name.StartsWith("NamedConfigureFromConfigurationOptions", StringComparison.Ordinal) == true
                                            || s.ImplementationInstance?.GetType().Name.StartsWith("NamedConfigureFromConfigurationOptions", StringComparison.Ordinal) == true);

        Assert.Equal(
            ["DigestBot:Cooldowns", "DigestBot:Dashboard", "DigestBot:Digests", "DigestBot:Discord", "DigestBot:Local", "DigestBot:Semantic", "DigestBot:Sources", "DigestBot:Storage", "DigestBot:Summaries"],
            sections.Order(StringComparer.Ordinal));
        Assert.Empty(bound);
    }

    [Fact]
    public void A_wrong_value_fails_the_options_as_a_validation_failure_and_all_sections_are_read_at_once()
    {
        var services = Services(new() { ["DigestBot:Storage:KeepPapersDays"] = "abc", ["DigestBot:Digests:RetryDelay"] = "soon" });

        var one = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<StorageOptions>>().Value);
        var all = Assert.Throws<OptionsValidationException>(services.GetRequiredService<ConfiguredSections>().ThrowIfInvalid);

        Assert.Equal(["DigestBot:Storage:KeepPapersDays (env DigestBot__Storage__KeepPapersDays): 'abc' is not a whole number"], one.Failures);
        Assert.Equal(2, all.Failures.Count());
        Assert.Contains(all.Failures, f => f.StartsWith("DigestBot:Digests:RetryDelay (env DigestBot__Digests__RetryDelay): 'soon'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Logging:LogLevel:Default", "Verbose")]
    [InlineData("Logging:Console:LogLevel:DigestBot", "loud")]
    public void A_log_level_that_is_not_one_names_its_key_and_the_levels(string key, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();

        var e = Assert.Throws<StartupException>(() => LogLevelCheck.ThrowIfInvalid(configuration));

        Assert.Equal(
            $"{key} (env {key.Replace(":", "__", StringComparison.Ordinal)}): '{value}' is not one of Trace, Debug, Information, Warning, Error, Critical, None",
            e.Message);
        Assert.Equal(ExitCodes.BadInput, e.ExitCode);
    }

    private static ServiceProvider Services(Dictionary<string, string?> values) => TestApp.Services(values).BuildServiceProvider();

    private static IReadOnlyList<string> Problems(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        return
        [
            .. new (string Section, Type Type)[]
            {
                (StorageOptions.Section, typeof(StorageOptions)), (SourcesOptions.Section, typeof(SourcesOptions)),
                (DiscordOptions.Section, typeof(DiscordOptions)), (DigestsOptions.Section, typeof(DigestsOptions)),
                (SummariesOptions.Section, typeof(SummariesOptions)), (LocalOptions.Section, typeof(LocalOptions)),
                (CooldownsOptions.Section, typeof(CooldownsOptions)),
            }.SelectMany(s => ConfigurationCheck.Problems(configuration, s.Section, s.Type)),
        ];
    }
}
