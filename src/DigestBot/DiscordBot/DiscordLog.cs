using Discord;
using Discord.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.DiscordBot;

/// <summary>
/// Discord.Net's <c>Log</c> event as our log lines: one line each (exception messages, never stack traces), a level
/// lower than Discord.Net's own (it calls routine reconnects warnings; our lines say what matters), the bot token
/// replaced should it ever appear, and nothing for a refused token or a fatal close code, which stop the bot with
/// their own one line.
/// </summary>
public sealed class DiscordLog(ILogger<DiscordLog> logger, IOptions<DiscordOptions> options)
{
    public Task WriteAsync(LogMessage message)
    {
        var level = GatewayClose.IsFatal(message.Exception) || GatewayClose.IsTokenRefused(message.Exception) ? LogLevel.Debug : message.Severity switch
        {
            LogSeverity.Critical => LogLevel.Error,
            LogSeverity.Error => LogLevel.Warning,
            LogSeverity.Warning => LogLevel.Information,
            LogSeverity.Info => LogLevel.Debug,
            _ => LogLevel.Trace,
        };
        if (!logger.IsEnabled(level))
        {
            return Task.CompletedTask;
        }

        var text = message.Exception is { } e ? $"{message.Message} {OneLine(e)}".Trim() : message.Message;
        var token = options.Value.Token;
        if (!string.IsNullOrEmpty(token))
        {
            text = text?.Replace(token, "[token]", StringComparison.Ordinal);
        }

        logger.Log(level, "Discord.Net {Source}: {Message}", message.Source, text);
        return Task.CompletedTask;
    }

    /// <summary>The exception and its causes as one line: "WebSocket connection was closed: 4004 Authentication failed".</summary>
    private static string OneLine(Exception e)
    {
        var parts = new List<string>();
        for (var current = e; current is not null; current = current.InnerException)
        {
            parts.Add(current is WebSocketClosedException closed ? $"close {closed.CloseCode} {closed.Reason}".Trim() : current.Message);
        }

        return string.Join(": ", parts.Distinct().Where(p => p.Length > 0));
    }
}
