using System.Globalization;
using DigestBot.Commands;
using Discord.Net;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.DiscordBot;

/// <summary>
/// At start-up in Gateway or Http mode: registers the slash commands (our <see cref="DiscordCommandBuilder"/>'s, not
/// Discord.Net's Interactions framework) by bulk overwrite, to <c>Discord:GuildId</c> when set (immediate) or globally,
/// unless exactly these commands were registered there last time. In Gateway mode it waits for the first READY, which
/// tells Discord.Net the application. A failure is one log line; the bot keeps running and tries again at the next start.
/// </summary>
internal sealed class CommandRegistrationService(
    IOptions<DiscordOptions> options,
    CommandDispatcher dispatcher,
    CommandRegistrationStore store,
    DiscordGatewayService gateway,
    DiscordClients clients,
    FatalStop fatal,
    TimeProvider time,
    ILogger<CommandRegistrationService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var discord = options.Value;
        if (discord.EffectiveMode == DiscordMode.Local)
        {
            return;
        }

        try
        {
            if (discord.EffectiveMode == DiscordMode.Gateway)
            {
                await gateway.FirstConnected.WaitAsync(stoppingToken);
            }

            var rest = await clients.RestAsync(stoppingToken);
            var commands = DiscordCommandBuilder.Build(dispatcher.DiscordDefinitions);
            var applicationId = ulong.TryParse(discord.ApplicationId, NumberStyles.None, CultureInfo.InvariantCulture, out var configured)
                ? configured
                : (await rest.GetApplicationInfoAsync()).Id;
            ulong? guildId = ulong.TryParse(discord.GuildId, NumberStyles.None, CultureInfo.InvariantCulture, out var guild) ? guild : null;
            var scope = guildId is { } g ? $"guild {g.ToString(CultureInfo.InvariantCulture)}" : "global";
            var hash = DiscordCommandBuilder.Hash(commands, applicationId, guildId);
            if (store.LastHash == hash)
            {
                logger.LogInformation("Discord commands unchanged since the last registration ({Scope}); not registering them again", scope);
                return;
            }

            var properties = commands.Select(c => c.Build()).ToArray<Discord.ApplicationCommandProperties>();
            var options = DiscordCalls.Bounded(discord.RequestTimeout, time);
            var names = guildId is { } id
                ? (await rest.BulkOverwriteGuildCommands(properties, id, options)).Select(c => c.Name).ToList()
                : (await rest.BulkOverwriteGlobalCommands(properties, options)).Select(c => c.Name).ToList();
            store.Save(hash, time.GetUtcNow());
            logger.LogInformation("Registered {Count} Discord commands ({Scope}): {Names}", names.Count, scope, string.Join(", ", names));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped before Discord was reached.
        }
        catch (Exception e) when (GatewayClose.IsTokenRefused(e) || fatal.Stopped)
        {
            // The bot is stopping with the one line a refused token deserves.
        }
        catch (Exception e) when (e is HttpException or HttpRequestException or OperationCanceledException or TimeoutException)
        {
            logger.LogError(e, "Registering Discord commands failed");
        }
    }
}
