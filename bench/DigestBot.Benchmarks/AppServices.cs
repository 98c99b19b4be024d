using DigestBot.Papers;
using DigestBot.Search;
using DigestBot.Semantic;
using DigestBot.Sources;
using DigestBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Benchmarks;

/// <summary>
/// DigestBot's own services on a data directory, composed as the app composes them (<c>AddDigestBot</c>: the database
/// is migrated to the same schema the <c>digestbot</c> process expects, and every store write reaches the same
/// listeners), its storage opened; nothing is started.
/// </summary>
internal static class AppServices
{
    /// <param name="withSearch">False: the store's writes reach neither the search index nor the vectors (ingest without them).</param>
    public static ServiceProvider Build(string dataDirectory, bool withSearch, Action<DigestBotOverrides>? overrides = null, IDictionary<string, string?>? settings = null)
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

        var services = new ServiceCollection().AddDigestBot(new ConfigurationBuilder().AddInMemoryCollection(config).Build(), o =>
        {
            if (!withSearch)
            {
                o.Use(sp => new PaperStore(
                    sp.GetRequiredService<Database>(),
                    sp.GetServices<IPaperStoreListener>().Where(l => l is not (SearchIndexSync or SemanticSync))));
            }

            overrides?.Invoke(o);
        });
        var provider = services.BuildServiceProvider();
        provider.GetRequiredService<Database>().Open();
        return provider;
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
