using DigestBot.Commands;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.PaperCards;

internal static class PaperCardsServiceCollectionExtensions
{
    /// <summary>The <c>paper</c> and <c>papers</c> commands, which show papers as cards with their buttons.</summary>
    public static IServiceCollection AddPaperCards(this IServiceCollection services) =>
        services.AddCommand<PaperCommand>().AddCommand<PapersCommand>();
}
