using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace DigestBot.Tests.Safety;

/// <summary>Every log line with its exception in full, plus any other text a test adds (replies, exception messages).</summary>
internal sealed class SecretCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _texts = new();

    public string All => string.Join('\n', _texts);

    public int Count => _texts.Count;

    public void Add(string? text) => _texts.Enqueue(text ?? string.Empty);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    /// <summary>Fails naming where a secret showed up; neither the whole secret nor a long piece of it may appear.</summary>
    public void AssertNone(params string[] secrets)
    {
        var all = All;
        foreach (var secret in secrets)
        {
            var pieces = Enumerable.Range(0, secret.Length - 11).Select(i => secret.Substring(i, 12));
            var leak = pieces.FirstOrDefault(p => all.Contains(p, StringComparison.Ordinal));
            if (leak is not null)
            {
                Assert.Fail($"a secret leaked ('{leak}…') into: {all.Split('\n').First(l => l.Contains(leak, StringComparison.Ordinal))}");
            }
        }
    }

    private sealed class Logger(SecretCapture owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Add($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}
