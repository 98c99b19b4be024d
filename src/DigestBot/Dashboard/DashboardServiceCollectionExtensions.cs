using DigestBot.Commands;
using DigestBot.Configuration;
using DigestBot.Dashboard.Pages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DigestBot.Dashboard;

public static class DashboardServiceCollectionExtensions
{
    /// <summary>The web dashboard (its own Kestrel, started with the bot in every mode), its key and sessions, and <c>dashboard</c>.</summary>
    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.AddOptions<DashboardOptions>().BindChecked(DashboardOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DashboardOptions>, DashboardOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DashboardKey>();
        services.AddSingleton<DashboardSessions>();
        services.AddSingleton<DashboardCommands>();
        services.AddSingleton<LivePreview>();
        services.AddSingleton<SourceActivity>();
        services.AddSingleton<NextDigests>();
        services.AddSingleton<OverviewPage>();
        services.AddSingleton<ChannelsPage>();
        services.AddSingleton<ChannelPage>();
        services.AddSingleton<WatchEditor>();
        services.AddSingleton<WatchActivity>();
        services.AddSingleton<WatchActions>();
        services.AddSingleton<DeliveryLog>();
        services.AddSingleton<SearchView>();
        services.AddSingleton<PaperView>();
        services.AddSingleton<DashboardServer>();
        services.AddHostedService(sp => sp.GetRequiredService<DashboardServer>());
        services.AddCommand<DashboardCommand>();
        return services;
    }
}
