using DigestBot.Commands;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace DigestBot.Maintenance;

public static class MaintenanceServiceCollectionExtensions
{
    /// <summary>Backups, restore and compaction (<c>backup</c>, <c>restore</c>, <c>compact</c>) and daily retention.</summary>
    public static IServiceCollection AddMaintenance(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<BackupService>();
        services.AddSingleton<DeliveryRetention>();
        services.AddSingleton<RetentionService>();
        services.AddHostedService<RetentionScheduler>();
        services.AddQuartz(q => q.AddJobType<RetentionJob>());
        services.AddCommand<BackupCommand>();
        services.AddCommand<RestoreCommand>();
        services.AddCommand<CompactCommand>();
        return services;
    }
}
