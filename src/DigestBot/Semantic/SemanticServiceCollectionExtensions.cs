using DigestBot.Commands;
using DigestBot.Configuration;
using DigestBot.Papers;
using DigestBot.Watches;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DigestBot.Semantic;

public static class SemanticServiceCollectionExtensions
{
    /// <summary>
    /// Vectors of the papers (made in the background, kept beside the store), and what uses them: hybrid search,
    /// Similar by meaning, semantic watches, the <c>embed</c> command and the status line. Register after <c>AddSearch()</c> and before <c>AddDigests()</c> (its watch query validator replaces the plain one).
    /// </summary>
    public static IServiceCollection AddSemantic(this IServiceCollection services)
    {
        services.AddOptions<SemanticOptions>().BindChecked(SemanticOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SemanticOptions>, SemanticOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SemanticModel>(); // tests share one loaded model across their services
        services.AddSingleton<SemanticIndex>();
        services.AddSingleton<SemanticWindow>();
        services.AddSingleton<EmbeddingQueue>();
        services.AddSingleton<EmbeddingService>();
        services.AddSingleton<SemanticStatusReader>();
        services.AddSingleton<HybridSearch>();
        services.AddSingleton<SimilarPapers>();
        services.AddSingleton<SemanticSeeds>();
        services.AddSingleton<IWatchSeeds>(sp => sp.GetRequiredService<SemanticSeeds>());
        services.AddSingleton<IQueryValidator, SemanticQueryValidator>();
        services.AddSingleton<SemanticPercolator>();
        services.AddSingleton<IEmbeddedListener>(sp => sp.GetRequiredService<SemanticPercolator>());
        services.AddSingleton<SemanticSync>();
        services.AddSingleton<IPaperStoreListener>(sp => sp.GetRequiredService<SemanticSync>());
        services.AddCommand<EmbedCommand>();
        services.AddHostedService<EmbeddingWorker>();
        return services;
    }
}
