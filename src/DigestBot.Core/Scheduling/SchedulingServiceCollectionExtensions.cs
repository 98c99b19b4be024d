using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace DigestBot.Scheduling;

internal static class SchedulingServiceCollectionExtensions
{
    public const int JobsAtOnce = 32;

    /// <summary>
    /// The one Quartz scheduler (started and stopped by <see cref="SchedulerStartup"/>, waiting for running jobs on
    /// shutdown). Features register their own job types with <c>AddQuartz(q =&gt; q.AddJobType&lt;T&gt;())</c>.
    /// </summary>
    /// <remarks>
    /// Up to <see cref="JobsAtOnce"/> jobs run at once (Quartz's default is 10). A digest job spends most of its time
    /// waiting: on Discord's answer, on its turn under the rate limits, on the store's commits. At ten, a thousand
    /// channels due together could not fill Discord's 50 requests a second once a job takes over 200 ms end to end
    /// (a real round trip alone is about 100 ms); the CPU they share is bounded by the cores either way.
    /// </remarks>
    public static IServiceCollection AddScheduling(this IServiceCollection services)
    {
        services.AddQuartz(q => q.UseDefaultThreadPool(JobsAtOnce));
        services.AddSingleton<SchedulerStartup>();
        return services;
    }
}
