using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace DigestBot.Tests.Support;

/// <summary>A logger provider keeping every line, to count error lines and check that no secret is ever logged.</summary>
public sealed class LogLines : ILoggerProvider
{
    public ConcurrentQueue<(LogLevel Level, string Category, string Message)> Lines { get; } = new();

    public string All => string.Join('\n', Lines.Select(l => $"{l.Level} {l.Category}: {l.Message}"));

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

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Lines.Enqueue((logLevel, category, formatter(state, exception)));
    }
}
