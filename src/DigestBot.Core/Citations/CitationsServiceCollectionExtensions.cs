using DigestBot.Commands;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Citations;

internal static class CitationsServiceCollectionExtensions
{
    /// <summary>The <c>cite</c> command (BibTeX and APA from the paper store).</summary>
    public static IServiceCollection AddCitations(this IServiceCollection services) => services.AddCommand<CiteCommand>();
}
