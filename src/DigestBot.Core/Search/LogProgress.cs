using Microsoft.Extensions.Logging;

namespace DigestBot.Search;

/// <summary>Progress lines as log entries, for index work that no command is waiting on (start-up, ingest).</summary>
internal sealed class LogProgress(ILogger logger) : IProgress<string>
{
    public void Report(string value) => logger.LogInformation("{Progress}", value);
}
