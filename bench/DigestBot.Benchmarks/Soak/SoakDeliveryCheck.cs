using DigestBot.Digests;

namespace DigestBot.Benchmarks;

/// <summary>The soak's exactly-once check: each delivery a digest owed is in exactly one of the messages it posted, once ever.</summary>
internal static class SoakDeliveryCheck
{
    /// <summary>
    /// What is wrong with one digest run: <paramref name="owed"/> were pending before it, <paramref name="posted"/>
    /// are the messages (as JSON) it left in the channel and its thread, <paramref name="delivered"/> every delivery
    /// seen so far (updated).
    /// </summary>
    public static IReadOnlyList<string> Violations(int cycle, IReadOnlyList<Delivery> owed, IReadOnlyList<string> posted, ISet<string> delivered)
    {
        var violations = new List<string>();
        foreach (var delivery in owed)
        {
            var copies = posted.Count(m => m.Contains(delivery.PaperId, StringComparison.Ordinal));
            var first = delivered.Add(delivery.Id);
            if (copies != 1 || !first)
            {
                violations.Add($"cycle {cycle}: paper {delivery.PaperId} owed to channel {delivery.ChannelId} was posted in {copies} messages{(first ? string.Empty : ", and had been delivered before")}");
            }
        }

        return violations;
    }
}
