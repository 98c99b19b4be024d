using Microsoft.Extensions.Logging;
using Quartz;

namespace DigestBot.Maintenance;

/// <summary>The daily retention run (<see cref="RetentionService"/>), one at a time; a failure is one log line and waits for tomorrow.</summary>
[DisallowConcurrentExecution]
internal sealed class RetentionJob(RetentionService retention, ILogger<RetentionJob> logger) : IJob
{
    public static readonly JobKey Key = new("retention", "maintenance");

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            retention.Prune(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Retention failed, it runs again tomorrow");
        }

        return ValueTask.CompletedTask;
    }
}
