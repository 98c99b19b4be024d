using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace DigestBot.Benchmarks;

/// <summary>Collects every log entry of level Error or above the soaked app writes (the "no errors logged" invariant).</summary>
internal sealed class SoakErrorLog : ILoggerProvider
{
    public ConcurrentQueue<string> Errors { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(SoakErrorLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                log.Errors.Enqueue($"{logLevel} {category}: {formatter(state, exception)}");
            }
        }
    }
}
