namespace DigestBot.DiscordBot;

/// <summary>
/// Fresh gateway logins (Identify) across all shards, kept far from Discord's 1,000 per 24 h, past which Discord resets
/// the token: at least <see cref="Spacing"/> apart, and at most <see cref="PerDay"/> in any 24 h. Discord.Net would
/// identify again after every invalid session and reconnect for ever; a loop that spends the day's budget stops the bot
/// instead. (Discord.Net also spaces Identifies 5 s apart, in its gateway queue; this keeps the rule ours.) Discord counts
/// in real time; tests give it a clock and a daily number of their own.
/// </summary>
public sealed class IdentifyBudget(TimeProvider time, int perDay = IdentifyBudget.PerDay)
{
    public const int PerDay = 100;
    public static readonly TimeSpan Spacing = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Day = TimeSpan.FromHours(24);
    private readonly Lock _lock = new();
    private readonly Queue<DateTimeOffset> _slots = new();

    public string SpentLine =>
        $"the bot logged in to the Discord gateway {perDay} times in 24 hours (Discord resets the token at 1,000): stopping; the log says why the sessions ended";

    /// <summary>
    /// Takes the next Identify's slot: how long to wait before sending it (after the previous one by <see cref="Spacing"/>),
    /// or null when the day's number went out in the last 24 h.
    /// </summary>
    public TimeSpan? Reserve()
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            while (_slots.Count > 0 && _slots.Peek() + Day <= now)
            {
                _slots.Dequeue();
            }

            if (_slots.Count >= perDay)
            {
                return null;
            }

            var at = _slots.Count > 0 && _slots.Last() + Spacing > now ? _slots.Last() + Spacing : now;
            _slots.Enqueue(at);
            return at - now;
        }
    }
}
