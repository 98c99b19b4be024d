using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace DigestBot.Discord.Tests.Support;

/// <summary>Keeps every log line, to check what is logged and that no secret ever is.</summary>
public sealed class ListLogger<T> : ILogger<T>
{
    public ConcurrentQueue<(LogLevel Level, string Message)> Lines { get; } = new();

    public string All => string.Join('\n', Lines.Select(l => $"{l.Level}: {l.Message}"));

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Lines.Enqueue((logLevel, formatter(state, exception) + (exception is null ? string.Empty : $" {exception}")));
}
