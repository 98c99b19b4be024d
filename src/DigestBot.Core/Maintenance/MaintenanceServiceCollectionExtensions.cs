using DigestBot.Commands;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace DigestBot.Maintenance;

internal static class MaintenanceServiceCollectionExtensions
{
    /// <summary>Backups, restore and compaction (<c>backup</c>, <c>restore</c>, <c>compact</c>) and daily retention.</summary>
    public static IServiceCollection AddMaintenance(this IServiceCollection services)
    {
        services.AddSingleton<BackupService>();
        services.AddSingleton<DeliveryRetention>();
        services.AddSingleton<RetentionService>();
        services.AddSingleton<RetentionScheduler>();
        services.AddQuartz(q => q.AddJobType<RetentionJob>());
        services.AddCommand<BackupCommand>();
        services.AddCommand<RestoreCommand>();
        services.AddCommand<CompactCommand>();
        return services;
    }
}
