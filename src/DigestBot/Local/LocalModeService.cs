using DigestBot.DiscordBot;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Local;

/// <summary>
/// Local mode: says so once, and when stdin is a terminal (or with <c>--interactive</c>) runs the prompt.
/// Closing the prompt (end of input, <c>exit</c>) stops the bot; otherwise it runs until SIGTERM or Ctrl+C.
/// </summary>
internal sealed class LocalModeService(
    IOptions<DiscordOptions> discord,
    IOptions<LocalOptions> local,
    LocalPrompt prompt,
    IHostApplicationLifetime lifetime,
    ILogger<LocalModeService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (discord.Value.EffectiveMode != DiscordMode.Local)
        {
            return;
        }

        logger.LogInformation(
            "Local mode: no Discord token is configured, so commands run here and digests print to this console (channel 0). "
            + "To connect Discord, set DigestBot__Discord__Token (see README). Stop with Ctrl+C");
        if (!local.Value.Interactive && Console.IsInputRedirected)
        {
            return;
        }

        // Let the start-up lines reach the terminal before the first prompt.
        await Task.Yield();
        await prompt.RunAsync(Console.In, Console.Out, Console.Error, stoppingToken);
        if (!stoppingToken.IsCancellationRequested)
        {
            logger.LogInformation("Prompt closed; stopping");
            lifetime.StopApplication();
        }
    }
}
