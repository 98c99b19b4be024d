using DigestBot.Configuration;
using DigestBot.Local;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DigestBot;

/// <summary>The executable's host: configuration, the console log line and the composition root (<see cref="DigestBotServiceCollectionExtensions.AddDigestBot"/>).</summary>
public static class DigestBotHost
{
    /// <param name="configure">For the container test only: more configuration and container options, applied last.</param>
    public static IHost Build(CliSettings cli, Action<HostApplicationBuilder>? configure = null)
    {
        // appsettings.json is read beside the executable (the build copies the repository-root file there).
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(cli.ConfigurationOverrides());
        configure?.Invoke(builder);
        LogLevelCheck.ThrowIfInvalid(builder.Configuration);
        builder.Logging.AddDigestBotConsole(quiet: !cli.RunsHost);
        builder.Services.AddSingleton(new ProcessKind(cli.RunsHost));
        builder.Services.AddDigestBot(builder.Configuration);

        // In place of the console lifetime: Ctrl+C cancels a command at the prompt before it stops the bot.
        builder.Services.AddSingleton<IHostLifetime, DigestBotLifetime>();
        return builder.Build();
    }
}
