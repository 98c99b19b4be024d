using DigestBot.Commands;
using DigestBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Papers;

internal static class PapersServiceCollectionExtensions
{
    /// <summary>The paper store and the <c>merge</c> command (<c>paper</c> and <c>papers</c> show cards: PaperCards/).</summary>
    public static IServiceCollection AddPapers(this IServiceCollection services)
    {
        services.AddSingleton<IMigration, PapersSchema>();
        services.AddSingleton<IMigration, PaperRevisionsSchema>();
        services.AddSingleton<IMigration, PaperTombstonesSchema>();
        services.AddSingleton<IMigration, FeedKeysSchema>();
        services.AddSingleton<IMigration, LookupIndexesSchema>();
        services.AddSingleton<IMigration, AnnouncementQueueSchema>();
        services.AddSingleton<IMigration, PaperArrivalsSchema>();
        services.AddSingleton<PaperLookup>();
        services.AddSingleton<PaperStore>();
        services.AddSingleton<MissingPapers>();
        services.AddCommand<MergeCommand>();
        return services;
    }
}
