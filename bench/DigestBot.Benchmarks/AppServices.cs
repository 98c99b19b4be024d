using DigestBot.Commands;
using DigestBot.Digests;
using DigestBot.Papers;
using DigestBot.Scheduling;
using DigestBot.Search;
using DigestBot.Semantic;
using DigestBot.Sources;
using DigestBot.Storage;
using DigestBot.Summaries;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Benchmarks;

/// <summary>
/// DigestBot's own services on a data directory, registered as the app registers them (every feature but the
/// Discord transports and local mode, so the database is migrated to the same schema the <c>digestbot</c> process
/// expects, and every store write reaches the same listeners).
/// </summary>
internal static class AppServices
{
    public static ServiceProvider Build(string dataDirectory, bool withSearch, Action<IServiceCollection>? more = null, IDictionary<string, string?>? settings = null)
    {
        var config = new Dictionary<string, string?>
        {
            ["DigestBot:Storage:DataDirectory"] = dataDirectory,
            ["DigestBot:Sources:Enabled"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(config).Build())
            .AddLogging();
        services.AddStorage().AddScheduling().AddCommands().AddPapers();
        if (withSearch)
        {
            services.AddSearch().AddSemantic();
        }

        services.AddSources().AddSummaries().AddDigests();
        more?.Invoke(services);
        return services.BuildServiceProvider();
    }

    /// <summary>Imports a snapshot file through the app's import path (what <c>digestbot import</c> does).</summary>
    public static async Task<int> ImportAsync(ServiceProvider services, string snapshot, Action<string> progress)
    {
        await services.GetRequiredService<ImportService>().ImportAsync(
            snapshot, SourceFormat.ArxivSnapshot, notify: false, new Progress<string>(progress), CancellationToken.None);
        return services.GetRequiredService<PaperStore>().Count();
    }

    public static long FileBytes(string dataDirectory) => new FileInfo(Path.Combine(dataDirectory, Database.FileName)).Length;

    public static long IndexBytes(string dataDirectory) =>
        new DirectoryInfo(Path.Combine(dataDirectory, SearchIndex.DirectoryName)).EnumerateFiles().Sum(f => f.Length);
}
