using Quartz;

namespace DigestBot.Scheduling;

/// <summary>Whether a scheduled action missed a fire time while the bot was down, so it runs once at start-up.</summary>
public static class CronCatchUp
{
    /// <summary>True when the action never ran, or a fire time passed since it last ran.</summary>
    public static bool IsDue(CronExpression cron, DateTimeOffset? lastRun, DateTimeOffset now) =>
        lastRun is not { } last || cron.GetNextValidTimeAfter(last) is not { } next || next <= now;
}
