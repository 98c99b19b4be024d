using LiteDB;
using Microsoft.Extensions.Logging;

namespace DigestBot.Storage;

/// <summary>Runs the registered migrations above the version stored in the database file.</summary>
internal static class SchemaMigrator
{
    /// <param name="level">How each step is logged: an upgrade says what it migrated, a new file needs no list.</param>
    /// <returns>The schema version the database now has.</returns>
    public static int Migrate(LiteDatabase db, IReadOnlyList<IMigration> migrations, ILogger logger, LogLevel level)
    {
        var latest = migrations.Count == 0 ? 0 : migrations.Max(m => m.Version);
        var current = db.UserVersion;
        if (current > latest)
        {
            throw new StartupException(
                $"the database has schema version {current} but this digestbot knows only up to {latest}: upgrade digestbot");
        }

        foreach (var step in migrations.Where(m => m.Version > current).OrderBy(m => m.Version))
        {
            // LiteDB refuses pragmas inside a transaction, so the version is written after the commit; steps are
            // idempotent, so a crash between the two only repeats the step.
            db.InTransaction(() => step.Apply(db));
            db.UserVersion = step.Version;

            logger.Log(level, "Database migrated to schema {Version}: {Description}", step.Version, step.Description);
        }

        return db.UserVersion;
    }
}
