using DigestBot.Commands;
using DigestBot.Papers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DigestBot.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// The Lucene index derived from the paper store (every store write reaches it), its catch-up at start-up,
    /// and the <c>search</c> and <c>reindex</c> commands. Register after <c>AddPapers()</c> and before
    /// <c>AddSources()</c>, so the index is current before the first poll.
    /// </summary>
    public static IServiceCollection AddSearch(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SearchIndex>();
        services.AddSingleton<SearchIndexSync>();
        services.AddSingleton<IPaperStoreListener>(sp => sp.GetRequiredService<SearchIndexSync>());
        services.AddSingleton<SearchService>();
        services.AddCommand<SearchCommand>();
        services.AddCommand<ReindexCommand>();
        services.AddSingleton<SearchPages>();
        services.AddCommand<SearchPageCommand>();
        services.AddCommand<SimilarCommand>();
        services.AddHostedService<SearchStartup>();
        return services;
    }
}
