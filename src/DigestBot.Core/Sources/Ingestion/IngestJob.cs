using Quartz;

namespace DigestBot.Sources;

/// <summary>The scheduled poll of one source; each source has its own job, so polls of one source never overlap.</summary>
[DisallowConcurrentExecution]
public sealed class IngestJob(IngestService ingest) : IJob
{
    public const string SourceKey = "source";

    public static JobKey KeyFor(string source) => new($"ingest:{source}", "sources");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var source = context.MergedJobDataMap.GetString(SourceKey)
            ?? throw new JobExecutionException($"{nameof(IngestJob)} needs the '{SourceKey}' job data");
        try
        {
            await ingest.PollAsync(source, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Interrupted at shutdown (SourceScheduler.StopAsync): not a failure of the source.
        }
    }
}
