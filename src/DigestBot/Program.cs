using DigestBot.Citations;
using DigestBot.Commands;
using DigestBot.Configuration;
using DigestBot.Control;
using DigestBot.Digests;
using DigestBot.DiscordBot;
using DigestBot.Local;
using DigestBot.Maintenance;
using DigestBot.Papers;
using DigestBot.Scheduling;
using DigestBot.Search;
using DigestBot.Sources;
using DigestBot.Status;
using DigestBot.Storage;
using DigestBot.Summaries;
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

    builder.Services
        .AddStorage()
        .AddScheduling()
        .AddCommands()
        .AddPapers()
        .AddCitations()
        .AddSearch()
        .AddSources()
        .AddSummaries()
        .AddDigests()
        .AddStatus()
        .AddDiscord()
        .AddLocalMode()
        .AddMaintenance()
        .AddControl();
    return builder.Build();
}
