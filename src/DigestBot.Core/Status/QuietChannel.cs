using DigestBot.Commands;
using DigestBot.Digests;
using DigestBot.Sources;

namespace DigestBot.Status;

/// <summary>
/// Answers "why did nothing arrive?" for one channel from stored state only: a paused schedule (and why), no
/// watches, failing sources, no new papers (arXiv announces none on weekends and holidays), new papers that
/// matched nothing or matched but were never announced (too old, a backfill), papers waiting — then when the next
/// digest is due. Pure, so it is tested on fixed instants.
/// </summary>
public static class QuietChannel
{
    /// <summary>A weekday announcement is at most a day old; older means a weekend, a holiday or a source not polled.</summary>
    private static readonly TimeSpan Stale = TimeSpan.FromHours(24);

    private const string NothingSinceLastDigest = "no new papers since the last digest";

    /// <summary>The reasons, most important first, ending with the next digest when one is due.</summary>
    public static IReadOnlyList<string> Explain(ChannelFacts facts)
    {
        var reasons = new List<string>();
        var channel = facts.Channel;
        if (channel is { Paused: true, AutoResume: true })
        {
            // Discord (or the network) failing for a while: the bot keeps trying on its own.
            reasons.Add($"the last {channel.ConsecutiveFailures} digests failed, so the bot now tries only now and then and resumes the channel by itself once a post goes through: {channel.LastError}");
        }
        else if (channel.Paused)
        {
            reasons.Add(Paused(channel.PausedReason, channel.LastRun, CommandOrigin.Named("schedule resume", facts.InDiscord)));
        }
        else if (channel is { ConsecutiveFailures: > 0, LastError: { } error })
        {
            // Discord failing is not the same as nothing to send: say the bot is still trying.
            reasons.Add($"the last digest failed ({channel.ConsecutiveFailures} in a row) and is being retried: {error}");
        }

        if (facts.Watches == 0)
        {
            reasons.Add($"no watches in this channel — add one with {CommandOrigin.Named("watch add", facts.InDiscord)}");
        }

        var failing = facts.Sources.Where(s => s.Polled && s.LastError is not null).ToList();
        var offline = failing.Where(s => s.LastError!.StartsWith(SourceFailure.NoNetworkPrefix, StringComparison.Ordinal)).ToList();
        if (offline.Count > 1)
        {
            // One machine without network fails every source the same way: said once, not once per source.
            var since = offline.Min(s => s.FailingSince ?? s.LastAttempt);
            reasons.Add($"no network: sources {string.Join(", ", offline.Select(s => s.Name))} cannot reach their servers (since {When(since, null)})");
        }

        reasons.AddRange(failing.Where(s => offline.Count < 2 || !offline.Contains(s))
            .Select(s => $"source {s.Name} failing since {When(s.FailingSince ?? s.LastAttempt, null)}: {s.LastError}"));
        if (facts.Sources.Count > 0 && facts.Sources.All(s => !s.Polled))
        {
            reasons.Add($"no source is polled: {facts.Sources[0].NotPolledBecause}");
        }

        if (facts.Pending > 0)
        {
            reasons.Add($"{Counts.Papers(facts.Pending)} waiting for the next digest");
        }
        else if (facts.Watches > 0 && failing.Count == 0)
        {
            reasons.AddRange(NothingPending(facts));
        }

        if (!channel.Paused && DigestSchedule.Unreadable(channel.Schedule) is { } unreadable)
        {
            // Stored before a check that now refuses it (Quartz read "0 0 99 * * ?" as hourly): no trigger is made from it.
            reasons.Add($"its schedule '{channel.Schedule}' cannot be read ({unreadable}), so no digest is due — set a new one with {CommandOrigin.Named("schedule set", facts.InDiscord)}");
        }
        else if (!channel.Paused)
        {
            // In the channel's zone, as its schedule was set and as `schedule show` lists the times.
            reasons.Add(facts.NextDigest is { } next ? $"next digest at {When(next, facts.Now, channel.TimeZone)}" : "digests post as soon as papers match (instant)");
        }

        return reasons;
    }

    /// <summary>
    /// One line for people: "Nothing arrived because: …; next digest at …", or "Up to date: …" when the only reason is
    /// that the last digest already posted everything new (right after a digest nothing is missing).
    /// </summary>
    public static string Sentence(IReadOnlyList<string> reasons)
    {
        var next = reasons.Where(r => r.StartsWith("next digest", StringComparison.Ordinal) || r.StartsWith("digests post", StringComparison.Ordinal)).ToList();
        var why = reasons.Except(next).ToList();
        var upToDate = why is [var only] && only.StartsWith(NothingSinceLastDigest, StringComparison.Ordinal);
        var text = why.Count == 0 ? string.Empty : (upToDate ? "Up to date: " : "Nothing arrived because: ") + string.Join("; ", why);
        return string.Join(" · ", new[] { text }.Concat(next).Where(t => t.Length > 0));
    }

    /// <summary>
    /// True when the answer would be "no new papers matched your watches": new papers arrived since the last digest,
    /// the channel has watches and owes nothing. Only then is <see cref="ChannelFacts.Missed"/> worth reading.
    /// </summary>
    public static bool WouldSayNothingMatched(ChannelFacts facts) =>
        facts is { Pending: 0, Watches: > 0, LastNewPapers: { } last }
        && !facts.Sources.Any(s => s.Polled && s.LastError is not null)
        && facts.Now - last <= Stale
        && !(facts.Channel.LastDigestAt is { } digest && last <= digest);

    private static IEnumerable<string> NothingPending(ChannelFacts facts)
    {
        if (facts.LastNewPapers is not { } last)
        {
            return ["no papers stored yet"];
        }

        if (facts.Now - last > Stale)
        {
            return [$"arXiv announces no papers on weekends and holidays (last new papers {When(last, facts.Now)})"];
        }

        if (facts.Channel.LastDigestAt is { } digest && last <= digest)
        {
            return [$"{NothingSinceLastDigest} ({When(digest, facts.Now)})"];
        }

        // New papers that did match but were never owed to the channel are not "nothing matched": say why instead.
        return facts.Missed is { Any: true } missed ? missed.Reasons() : ["no new papers matched your watches since the last digest"];
    }

    private static string Paused(string? reason, DateTimeOffset? since, string resume)
    {
        var at = since is { } s ? $" — paused since {When(s, null)}" : string.Empty;
        return reason switch
        {
            null => $"schedule paused — resume with {resume}",
            _ when reason.Contains($"({ChannelRefusalCodes.MissingPermissions})", StringComparison.Ordinal) => $"missing permission to post (Send Messages){at}",
            _ when reason.Contains($"({ChannelRefusalCodes.MissingAccess})", StringComparison.Ordinal) => $"no access to the channel (View Channel){at}",
            _ when reason.Contains($"({ChannelRefusalCodes.UnknownChannel})", StringComparison.Ordinal) => $"the channel no longer exists{at}",
            _ => $"paused by the bot{at}: {reason}",
        };
    }


    /// <summary>
    /// "Friday 00:00 UTC" within the week around <paramref name="now"/>, else "2026-11-20 00:00 UTC"; in the zone named
    /// (<c>Friday 09:00 Europe/Berlin</c>) when one is.
    /// </summary>
    private static string When(DateTimeOffset? at, DateTimeOffset? now, string zone = "UTC")
    {
        if (at is not { } t)
        {
            return "an unknown time";
        }

        var near = now is { } n && Math.Abs((n - t).TotalDays) < 6;
        return ChannelTime.Format(t, zone, near ? "dddd HH:mm" : "yyyy-MM-dd HH:mm");
    }
}
