using DigestBot.Commands;
using DigestBot.Configuration;
using DigestBot.Papers;
using DigestBot.Watches;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace DigestBot.Semantic;

internal static class SemanticServiceCollectionExtensions
{
    /// <summary>
    /// Vectors of the papers (made in the background, kept beside the store), and what uses them: hybrid search,
    /// Similar by meaning, semantic watches (their query validator is the app's <see cref="IQueryValidator"/>), the
    /// <c>embed</c> command and the status line.
    /// </summary>
    public static IServiceCollection AddSemantic(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SemanticOptions>().BindChecked(SemanticOptions.Section, configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SemanticOptions>, SemanticOptionsValidator>();
        services.AddSingleton<SemanticModel>();
        services.AddSingleton<SemanticIndex>();
        services.AddSingleton<SemanticWindow>();
        services.AddSingleton<EmbeddingQueue>();
        services.AddSingleton<EmbeddingService>();
        services.AddSingleton<SemanticStatusReader>();
        services.AddSingleton<HybridSearch>();
        services.AddSingleton<SimilarPapers>();
        services.AddSingleton<SemanticSeeds>();
        services.AddForwarded<IWatchSeeds, SemanticSeeds>();
        services.AddSingleton<IQueryValidator, SemanticQueryValidator>();
        services.AddSingleton<PaperVectors>();
        services.AddSingleton<SemanticWaitlist>();
        services.AddSingleton<SemanticPercolator>();
        services.AddForwarded<IEmbeddedListener, SemanticPercolator>();
        services.AddSingleton<SemanticSync>();
        services.AddForwarded<IPaperStoreListener, SemanticSync>();
        services.AddCommand<EmbedCommand>();
        services.AddSingleton<ImportEmbedding>();
        services.AddSingleton<EmbeddingWorker>();
        return services;
    }
}
