using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace DigestBot.Local;

/// <summary>
/// One line per log entry (<c>23:13:09 info  Papers: …</c>), an exception as its type and message only: users
/// see clear lines, never stack traces.
/// </summary>
/// <remarks>
/// The line goes to the <see cref="ConsoleGate"/>, not to the console logger's text writer: the console logger would
/// print it later from a thread of its own, right through the <c>digestbot&gt;</c> prompt or into the middle of an
/// answer. Given nothing, the console logger prints nothing itself.
/// </remarks>
internal sealed class OneLineConsoleFormatter(ConsoleGate gate) : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "digestbot";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter(logEntry.State, logEntry.Exception);
        if (logEntry.Exception is { } e)
        {
            // The message alone: a console line never shows a .NET type name (JSON logs keep the whole exception).
            message += $" ({e.Message})";
        }

        var category = logEntry.Category;
        var shortCategory = category.StartsWith("DigestBot.", StringComparison.Ordinal)
            ? category["DigestBot.".Length..].Split('.')[0]
            : category;
        gate.WriteLog($"{DateTime.Now:HH:mm:ss} {Level(logEntry.LogLevel)} {shortCategory}: {message.ReplaceLineEndings(" ")}");
    }

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce ",
        LogLevel.Debug => "dbug ",
        LogLevel.Information => "info ",
        LogLevel.Warning => "warn ",
        LogLevel.Error => "error",
        _ => "crit ",
    };
}
