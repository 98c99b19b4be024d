using System.Text.Json.Nodes;

namespace DigestBot.FakeDiscord;

/// <summary>Threads started from messages: the thread's id is the message's, so one per message (160004 after).</summary>
internal sealed class FakeThreads(FakeDiscordOptions options)
{
    private readonly Dictionary<ulong, JsonObject> _threads = [];

    /// <summary>Called under the channels' lock.</summary>
    public FakeResponse Start(ulong channelId, ulong guildId, ulong messageId, JsonObject body, bool channelRefusesThreads, bool messageExists)
    {
        var checks = new FakeChecks();
        var name = checks.Text(body, "name", "name", 100, required: true);
        var archive = checks.Integer(body, "auto_archive_duration", "auto_archive_duration");
        if (archive is not null and not (60 or 1440 or 4320 or 10080))
        {
            checks.Add("auto_archive_duration", "BASE_TYPE_CHOICES", "Value must be one of {60, 1440, 4320, 10080}.");
        }

        if (checks.Errors.Count > 0)
        {
            return FakeErrors.InvalidForm(checks.Errors);
        }

        if (channelRefusesThreads)
        {
            return FakeResponse.Error(400, 50024, "Cannot execute action on this channel type");
        }

        if (!messageExists)
        {
            return FakeErrors.UnknownMessage();
        }

        if (_threads.ContainsKey(messageId))
        {
            return FakeErrors.ThreadExists();
        }

        var thread = FakeChannelObjects.Thread(messageId, channelId, guildId, name!, archive ?? FakeChannelObjects.DefaultArchiveMinutes, options);
        _threads[messageId] = thread;
        return FakeResponse.Ok(thread.DeepClone());
    }

    /// <summary>The thread with this id, as it was started; called under the channels' lock.</summary>
    public JsonObject? Find(ulong threadId) => _threads.GetValueOrDefault(threadId)?.DeepClone() as JsonObject;
}
