using DigestBot.Citations;
using DigestBot.Commands;
using DigestBot.Control;
using DigestBot.Dashboard;
using DigestBot.Digests;
using DigestBot.DiscordBot;
using DigestBot.Local;
using DigestBot.Maintenance;
using DigestBot.Papers;
using DigestBot.Scheduling;
using DigestBot.Search;
using DigestBot.Semantic;
using DigestBot.Sources;
using DigestBot.Status;
using DigestBot.Storage;
using DigestBot.Summaries;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot;

public static class DigestBotServiceCollectionExtensions
{
    /// <summary>Every feature of the app, one <c>AddX()</c> each, as the executable runs them (and tests of the whole app).</summary>
    public static IServiceCollection AddDigestBot(this IServiceCollection services) => services
        .AddStorage()
        .AddScheduling()
        .AddCommands()
        .AddPapers()
        .AddCitations()
        .AddSearch()
        .AddSemantic()
        .AddSources()
        .AddSummaries()
        .AddDigests()
        .AddStatus()
        .AddDiscord()
        .AddLocalMode()
        .AddMaintenance()
        .AddControl()
        .AddDashboard();
}
