using DigestBot.Commands;
using DigestBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Papers;

public static class PapersServiceCollectionExtensions
{
    /// <summary>The paper store and the <c>paper</c>, <c>papers</c> and <c>merge</c> commands.</summary>
    public static IServiceCollection AddPapers(this IServiceCollection services)
    {
        services.AddSingleton<IMigration, PapersSchema>();
        services.AddSingleton<IMigration, PaperRevisionsSchema>();
        services.AddSingleton<IMigration, PaperTombstonesSchema>();
        services.AddSingleton<IMigration, FeedKeysSchema>();
        services.AddSingleton<IMigration, LookupIndexesSchema>();
        services.AddSingleton<PaperStore>();
        services.AddCommand<PaperCommand>();
        services.AddCommand<PapersCommand>();
        services.AddCommand<MergeCommand>();
        return services;
    }
}
