using DigestBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Tests.Support;

/// <summary>
/// The app's services as Program composes them (<see cref="DigestBotServiceCollectionExtensions.AddDigestBot"/>), on
/// in-memory configuration, with a test's overrides: every harness builds the app this way.
/// </summary>
internal static class TestApp
{
    /// <summary>
    /// The test's values over the tests' defaults: no paper not stored is fetched from its source (no test reaches a
    /// real paper API; a test of fetching sets it true and points the source at a loopback server).
    /// </summary>
    public static IConfiguration Configuration(IEnumerable<KeyValuePair<string, string?>>? values = null) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection([new("DigestBot:Sources:FetchMissing", "false")])
            .AddInMemoryCollection(values ?? [])
            .Build();

    public static IServiceCollection Services(IConfiguration configuration, Action<DigestBotOverrides>? overrides = null) =>
        new ServiceCollection().AddDigestBot(configuration, overrides);

    public static IServiceCollection Services(IEnumerable<KeyValuePair<string, string?>>? values = null, Action<DigestBotOverrides>? overrides = null) =>
        Services(Configuration(values), overrides);

    /// <summary>Builds the container and opens its storage, as the bot's first start-up step does.</summary>
    public static ServiceProvider BuildWithStorage(this IServiceCollection services)
    {
        var provider = services.BuildServiceProvider();
        provider.GetRequiredService<Database>().Open();
        return provider;
    }
}
