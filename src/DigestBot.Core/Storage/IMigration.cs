using LiteDB;

namespace DigestBot.Storage;

/// <summary>
/// One step of the database schema: brings a database at <see cref="Version"/> − 1 to <see cref="Version"/>.
/// Each feature registers its own steps; they run in version order inside one transaction per step.
/// </summary>
public interface IMigration
{
    int Version { get; }

    string Description { get; }

    void Apply(LiteDatabase database);
}
