using Microsoft.Extensions.Options;

namespace DigestBot.Commands;

/// <summary>
/// The cooldown step of the command pipeline: a Discord user may run an expensive command again only when both their
/// own cooldown and the channel's have passed; otherwise the answer is one line saying how long to wait. A refused
/// use starts nothing and resets nothing. The console and CLI (one trusted operator) are exempt.
/// </summary>
public sealed class CommandCooldowns(IOptions<CooldownsOptions> options, TimeProvider time)
{
    /// <summary>Past this many remembered uses, expired ones are dropped, so a flood of users cannot grow it without end.</summary>
    private const int PruneAbove = 10_000;

    private readonly Lock _lock = new();
    private readonly Dictionary<(string Command, bool Channel, ulong Id), DateTimeOffset> _until = [];

    /// <summary>Null when the command may run now (its use is then recorded), else the one-line refusal.</summary>
    public Reply? TryBegin(CommandDefinition command, CommandOrigin origin) =>
        options.Value.For(command.Name) is { } cooldown && Begin(command.Name, cooldown, origin) is { } wait
            ? Reply.Invalid($"slow down: try /{command.Name} again in {Seconds(wait)} s")
            : null;

    /// <summary>
    /// Zero when a paper not stored may be fetched now for <paramref name="origin"/> (the fetch is then recorded), else
    /// how long until it may (<see cref="CooldownsOptions.Fetch"/>, shared by every command that fetches).
    /// </summary>
    public TimeSpan TryBeginFetch(CommandOrigin origin) => Begin("fetch", options.Value.Fetch, origin) ?? TimeSpan.Zero;

    /// <summary>Whole seconds, rounded up, as the refusals say them.</summary>
    public static int Seconds(TimeSpan wait) => (int)Math.Ceiling(wait.TotalSeconds);

    /// <summary>Null when the use may go ahead (and is recorded), else the wait.</summary>
    private TimeSpan? Begin(string name, CommandCooldown cooldown, CommandOrigin origin)
    {
        if (origin.IsLocal || (cooldown.PerUser <= TimeSpan.Zero && cooldown.PerChannel <= TimeSpan.Zero))
        {
            return null;
        }

        lock (_lock)
        {
            var now = time.GetUtcNow();
            var user = (name, false, origin.UserId);
            var channel = (name, true, origin.ChannelId);
            var wait = Max(Remaining(user, now), Remaining(channel, now));
            if (wait > TimeSpan.Zero)
            {
                return wait;
            }

            Prune(now);
            Start(user, cooldown.PerUser, now);

            // A dashboard member's search or TL;DR comes from no channel (the console's 0): theirs is the user cooldown
            // only, or every member of every server would share one channel's.
            if (origin.ChannelId != CommandOrigin.LocalChannel)
            {
                Start(channel, cooldown.PerChannel, now);
            }

            return null;
        }
    }

    private TimeSpan Remaining((string, bool, ulong) key, DateTimeOffset now) =>
        _until.TryGetValue(key, out var until) && until > now ? until - now : TimeSpan.Zero;

    private void Start((string, bool, ulong) key, TimeSpan cooldown, DateTimeOffset now)
    {
        if (cooldown > TimeSpan.Zero)
        {
            _until[key] = now + cooldown;
        }
    }

    private void Prune(DateTimeOffset now)
    {
        if (_until.Count > PruneAbove)
        {
            foreach (var key in _until.Where(e => e.Value <= now).Select(e => e.Key).ToList())
            {
                _until.Remove(key);
            }
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
