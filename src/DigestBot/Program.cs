using DigestBot;
using DigestBot.Configuration;
using DigestBot.Local;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

return await DigestBotCli.RunAsync(args, BuildHost);

static IHost BuildHost(CliSettings cli)
{
    // appsettings.json is read beside the executable (the build copies the repository-root file there).
    var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
    builder.Configuration.AddInMemoryCollection(cli.ConfigurationOverrides());
    LogLevelCheck.ThrowIfInvalid(builder.Configuration);
    builder.Logging.AddDigestBotConsole(quiet: !cli.RunsHost);

    builder.Services.AddDigestBot();
    return builder.Build();
}
