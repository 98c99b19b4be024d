using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace DigestBot.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// The one Quartz scheduler, started and stopped with the host (waiting for running jobs on shutdown). Features
    /// register their own job types with <c>AddQuartz(q =&gt; q.AddJobType&lt;T&gt;())</c>.
    /// </summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services)
    {
        services.AddQuartz(_ => { });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }
}
