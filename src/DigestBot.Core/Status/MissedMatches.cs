using DigestBot.Configuration;

namespace DigestBot.Status;

/// <summary>
/// Papers stored lately that match a channel's watches but were never owed to it, by why: older than the freshness
/// window when first seen (<see cref="TooOld"/>), stored without an announcement for another reason (a backfill, a
/// replacement, no date: <see cref="NotAnnounced"/>), or announced before the watch that matches them existed
/// (<see cref="BeforeWatch"/>). <see cref="Partial"/> when more papers were stored than were looked at.
/// </summary>
public sealed record MissedMatches(int TooOld, int NotAnnounced, int BeforeWatch, bool Partial, TimeSpan Freshness)
{
    public bool Any => TooOld + NotAnnounced + BeforeWatch > 0;

    /// <summary>One <c>status</c> reason per kind that has papers, e.g. "2 papers match your watches but were too old to announce (…)".</summary>
    public IEnumerable<string> Reasons()
    {
        if (TooOld > 0)
        {
            yield return $"{Match(TooOld)} but {Were(TooOld)} too old to announce (published over {DurationText.Of(Freshness)} ago; Sources:Freshness)";
        }

        if (NotAnnounced > 0)
        {
            yield return $"{Match(NotAnnounced)} but {Were(NotAnnounced)} stored without announcing "
                + "(an import without --notify, a source's first poll, a replacement or an undated paper)";
        }

        if (BeforeWatch > 0)
        {
            yield return $"{Match(BeforeWatch)} but arrived before the watches matching {(BeforeWatch == 1 ? "it" : "them")} were added "
                + "(a watch matches the papers that arrive after it)";
        }
    }

    private string Match(int n) => (Partial ? "at least " : string.Empty) + (n == 1 ? "1 paper matches" : $"{n} papers match") + " your watches";

    private static string Were(int n) => n == 1 ? "was" : "were";
}
