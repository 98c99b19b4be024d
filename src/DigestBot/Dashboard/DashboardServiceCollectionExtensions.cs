using DigestBot.Commands;
using DigestBot.Configuration;
using DigestBot.Dashboard.Login;
using DigestBot.Dashboard.Pages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace DigestBot.Dashboard;

internal static class DashboardServiceCollectionExtensions
{
    /// <summary>The web dashboard (its own Kestrel, started with the bot in every mode), its key and sessions, and <c>dashboard</c>.</summary>
    public static IServiceCollection AddDashboard(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DashboardOptions>().BindChecked(DashboardOptions.Section, configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DashboardOptions>, DashboardOptionsValidator>();
        services.AddSingleton<DashboardKey>();
        services.AddSingleton<DashboardSessions>();
        services.AddSingleton<DashboardCommands>();
        services.AddSingleton<DashboardAccess>();
        services.AddSingleton<ChannelAccess>();
        services.AddSingleton<SignInPage>();
        AddDiscordLogin(services);
        services.AddSingleton<LivePreview>();
        services.AddSingleton<SourceActivity>();
        services.AddSingleton<NextDigests>();
        services.AddSingleton<OverviewPage>();
        services.AddSingleton<ChannelsPage>();
        services.AddSingleton<ChannelPage>();
        services.AddSingleton<WatchEditor>();
        services.AddSingleton<WatchActivity>();
        services.AddSingleton<WatchActions>();
        services.AddSingleton<ScheduleActions>();
        services.AddSingleton<DeliveryLog>();
        services.AddSingleton<SearchView>();
        services.AddSingleton<PaperView>();
        services.AddSingleton<DashboardRoutes>();
        services.AddSingleton<DashboardServer>();
        services.AddCommand<DashboardCommand>();
        return services;
    }

    /// <summary>"Log in with Discord": pending logins, the OAuth2 client and its HTTP client, the bot's servers.</summary>
    private static void AddDiscordLogin(IServiceCollection services)
    {
        services.AddSingleton<PendingLogins>();
        services.AddSingleton<BotGuilds>();
        services.AddSingleton<DiscordOAuthClient>();
        services.AddSingleton<DiscordLogin>();
        var version = typeof(DashboardServiceCollectionExtensions).Assembly.GetName().Version?.ToString(3) ?? "1.0.0";
        services.AddHttpClient(DiscordOAuthClient.ClientName, client =>
        {
            client.DefaultRequestHeaders.UserAgent.ParseAdd($"DigestBot/{version} (self-hosted paper digest bot; dashboard login)");
            client.Timeout = TimeSpan.FromSeconds(15);
        });
    }
}
