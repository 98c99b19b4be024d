using System.Globalization;
using DigestBot.Commands;
using DigestBot.Discord;
using DigestBot.Discord.Rest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.DiscordBot;

/// <summary>
/// At start-up in Gateway or Http mode: registers the slash commands by bulk overwrite, to
/// <c>Discord:GuildId</c> when set (immediate) or globally, unless exactly these commands were registered
/// there last time. A failure is one log line; the bot keeps running and tries again at the next start.
/// </summary>
internal sealed class CommandRegistrationService(
    IOptions<DiscordOptions> options,
    CommandDispatcher dispatcher,
    IServiceProvider services,
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

        var store = services.GetRequiredService<CommandRegistrationStore>();
        var client = services.GetRequiredService<DiscordRestClient>();
        try
        {
            var commands = DiscordCommandBuilder.Build(dispatcher.DiscordDefinitions);
            var applicationId = Snowflake.TryParse(discord.ApplicationId, out var configured)
                ? configured
                : (await client.GetCurrentApplicationAsync(stoppingToken)).Id;
            ulong? guildId = Snowflake.TryParse(discord.GuildId, out var guild) ? guild : null;
            var scope = guildId is { } g ? $"guild {g.ToString(CultureInfo.InvariantCulture)}" : "global";
            var hash = DiscordCommandBuilder.Hash(commands, applicationId, guildId);
            if (store.LastHash == hash)
            {
                logger.LogInformation("Discord commands unchanged since the last registration ({Scope}); not registering them again", scope);
                return;
            }

            var registered = guildId is { } id
                ? await client.BulkOverwriteGuildCommandsAsync(applicationId, id, commands, stoppingToken)
                : await client.BulkOverwriteGlobalCommandsAsync(applicationId, commands, stoppingToken);
            store.Save(hash, time.GetUtcNow());
            logger.LogInformation("Registered {Count} Discord commands ({Scope}): {Names}", registered.Count, scope, string.Join(", ", registered.Select(c => c.Name)));
        }
        catch (DiscordException e) when (e.IsUnauthorized)
        {
            // The client has already logged the one line a bad token deserves.
        }
        catch (DiscordException e)
        {
            logger.LogError("Registering Discord commands failed: {Error}", e.Message);
        }
    }
}
