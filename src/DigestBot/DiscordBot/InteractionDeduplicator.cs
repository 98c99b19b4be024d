namespace DigestBot.DiscordBot;

/// <summary>
/// Remembers interaction ids for as long as their token lives (15 minutes): Discord may deliver an event more
/// than once, and the same interaction must never run twice. Bounded, so a flood cannot grow it without end.
/// </summary>
public sealed class InteractionDeduplicator(TimeProvider time)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    private const int MaxRemembered = 100_000;

    private readonly Lock _lock = new();
    private readonly HashSet<ulong> _seen = [];
    private readonly Queue<(ulong Id, DateTimeOffset At)> _order = new();

    /// <summary>True the first time an id is seen; false for a repeat.</summary>
    public bool TryBegin(ulong interactionId)
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            while (_order.Count > 0 && (_order.Peek().At + Window <= now || _order.Count >= MaxRemembered))
            {
                _seen.Remove(_order.Dequeue().Id);
            }

            if (!_seen.Add(interactionId))
            {
                return false;
            }

            _order.Enqueue((interactionId, now));
            return true;
        }
    }
}
