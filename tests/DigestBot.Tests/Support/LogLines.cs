using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace DigestBot.Tests.Support;

/// <summary>
/// A logger provider keeping every line, to count error lines and check that no secret is ever logged. A line reads as
/// the console shows it (an exception's message after the message); <see cref="All"/> also holds each
/// exception in full, as JSON logs write it, so a secret in a stack or an inner exception is found too.
/// </summary>
public sealed class LogLines : ILoggerProvider
{
    public ConcurrentQueue<(LogLevel Level, string Category, string Message)> Lines { get; } = new();

    public ConcurrentQueue<string> Exceptions { get; } = new();

    public string All => string.Join('\n', Lines.Select(l => $"{l.Level} {l.Category}: {l.Message}").Concat(Exceptions));

    public IReadOnlyList<string> Errors => [.. Lines.Where(l => l.Level >= LogLevel.Error).Select(l => l.Message)];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogLines owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var message = formatter(state, exception);
            if (exception is not null)
            {
                owner.Exceptions.Enqueue(exception.ToString());
                message += $" ({exception.Message})";
            }

            owner.Lines.Enqueue((logLevel, category, message));
        }
    }
}
