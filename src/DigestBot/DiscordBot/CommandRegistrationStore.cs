using DigestBot.Storage;
using LiteDB;

namespace DigestBot.DiscordBot;

/// <summary>The hash of the commands last registered with Discord, so an unchanged set is not sent again.</summary>
public sealed class CommandRegistrationStore(Database db)
{
    internal const string Collection = "discord_state";
    private const string Key = "commands";

    private ILiteCollection<BsonDocument> State => db.Collection<BsonDocument>(Collection);

    public string? LastHash => State.FindById(Key)?["hash"].AsString;

    public void Save(string hash, DateTimeOffset at) =>
        State.Upsert(new BsonDocument { ["_id"] = Key, ["hash"] = hash, ["registeredAt"] = StorageBson.FormatUtc(at) });
}
