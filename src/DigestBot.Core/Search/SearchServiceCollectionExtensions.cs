using DigestBot.Commands;
using DigestBot.Papers;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Search;

internal static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// The Lucene index derived from the paper store (every store write reaches it), its catch-up at start-up
    /// (<see cref="SearchStartup"/>, run before any poll by the start-up sequence), and the <c>search</c> and
    /// <c>reindex</c> commands.
    /// </summary>
    public static IServiceCollection AddSearch(this IServiceCollection services)
    {
        services.AddSingleton<SearchIndex>();
        services.AddSingleton<SearchIndexSync>();
        services.AddForwarded<IPaperStoreListener, SearchIndexSync>();
        services.AddSingleton<SearchService>();
        services.AddCommand<SearchCommand>();
        services.AddCommand<ReindexCommand>();
        services.AddSingleton<SearchPages>();
        services.AddSingleton<IAutocompleteProvider, SinceAutocomplete>();
        services.AddCommand<SearchPageCommand>();
        services.AddCommand<SimilarCommand>();
        services.AddSingleton<SearchStartup>();
        return services;
    }
}
