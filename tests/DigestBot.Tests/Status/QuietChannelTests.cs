using DigestBot.Digests;
using DigestBot.Sources;
using DigestBot.Status;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Tests.Status;

/// <summary>"Why did nothing arrive?" from stored facts, on fixed instants (Saturday 2026-11-28 12:00 UTC).</summary>
public class QuietChannelTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));
    private static readonly DateTimeOffset Friday0000 = new(2026, 11, 27, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Sunday0800 = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);

    private static readonly SourceStatus Healthy = new(
        "arxiv-cs.LG", "ArxivListing", true, null, "0 0 6 ? * MON-FRI", "America/New_York", Friday0000.AddHours(11), Friday0000.AddHours(11), null, 120);

    private static ChannelFacts Facts(
        ChannelState? channel = null, int watches = 2, int pending = 0, DateTimeOffset? next = null, SourceStatus? source = null, DateTimeOffset? lastNew = null) =>
        new(
            channel ?? new ChannelState { Id = 500, Schedule = "daily 08:00", TimeZone = "UTC", LastDigestAt = Friday0000.AddHours(8) },
            watches, pending, next ?? Sunday0800, [source ?? Healthy], lastNew ?? Friday0000, Clock.GetUtcNow());

    [Fact]
    public void On_a_weekend_it_says_arXiv_announced_nothing_and_when_the_next_digest_is()
    {
        var reasons = QuietChannel.Explain(Facts());

        Assert.Equal(["arXiv announces no papers on weekends and holidays (last new papers Friday 00:00 UTC)", "next digest at Sunday 08:00 UTC"], reasons);
        Assert.Equal(
            "Nothing arrived because: arXiv announces no papers on weekends and holidays (last new papers Friday 00:00 UTC) · next digest at Sunday 08:00 UTC",
            QuietChannel.Sentence(reasons));
    }

    [Fact]
    public void The_next_digest_is_told_in_the_channels_zone_as_its_schedule_was_set()
    {
        // 08:00 in Berlin is 07:00 UTC in November; before, "next digest at Sunday 07:00 UTC" beside "daily 08:00 (Europe/Berlin)".
        var berlin = new ChannelState { Id = 500, Schedule = "daily 08:00", TimeZone = "Europe/Berlin", LastDigestAt = Friday0000.AddHours(8) };

        var reasons = QuietChannel.Explain(Facts(channel: berlin, next: Sunday0800.AddHours(-1)));

        Assert.Equal("next digest at Sunday 08:00 Europe/Berlin", reasons[^1]);
        Assert.Equal("arXiv announces no papers on weekends and holidays (last new papers Friday 00:00 UTC)", reasons[0]);
    }

    [Fact]
    public void Sources_failing_for_want_of_a_network_are_said_once_and_one_alone_as_itself()
    {
        var arxiv = Healthy with { LastError = "no network (name resolution failed for rss.arxiv.org)", FailingSince = Friday0000.AddHours(6) };
        var hf = Healthy with { Name = "hf-daily", LastError = "no network (name resolution failed for huggingface.co)", FailingSince = Friday0000.AddHours(5) };
        var broken = Healthy with { Name = "journal", LastError = "HTTP 503", FailingSince = Friday0000.AddHours(7) };

        var both = QuietChannel.Explain(Facts(watches: 2) with { Sources = [arxiv, hf, broken] });
        var one = QuietChannel.Explain(Facts(source: arxiv));

        Assert.Equal(
            ["no network: sources arxiv-cs.LG, hf-daily cannot reach their servers (since 2026-11-27 05:00 UTC)", "source journal failing since 2026-11-27 07:00 UTC: HTTP 503"],
            both.Take(2));
        Assert.Equal("source arxiv-cs.LG failing since 2026-11-27 06:00 UTC: no network (name resolution failed for rss.arxiv.org)", one[0]);
    }

    [Fact]
    public void A_failing_source_is_named_with_when_it_began_failing_and_its_error()
    {
        var failing = Healthy with { LastError = "HTTP 503", LastAttempt = Friday0000.AddHours(30), FailingSince = Friday0000.AddHours(6) };

        var reasons = QuietChannel.Explain(Facts(source: failing));

        Assert.Equal(["source arxiv-cs.LG failing since 2026-11-27 06:00 UTC: HTTP 503", "next digest at Sunday 08:00 UTC"], reasons);
    }

    [Fact]
    public void A_paused_schedule_says_so_and_promises_no_digest()
    {
        var channel = new ChannelState { Id = 500, Schedule = "daily 08:00", TimeZone = "UTC", Paused = true };

        var reasons = QuietChannel.Explain(Facts(channel, next: null));

        Assert.Equal("schedule paused — resume with /schedule resume", reasons[0]);
        Assert.Equal("schedule paused — resume with schedule resume", QuietChannel.Explain(Facts(channel, next: null) with { InDiscord = false })[0]);
        Assert.DoesNotContain(reasons, r => r.StartsWith("next digest", StringComparison.Ordinal));
    }

    [Fact]
    public void A_channel_the_bot_may_not_post_to_says_which_permission_and_since_when()
    {
        var channel = new ChannelState
        {
            Id = 500, Schedule = "daily 08:00", TimeZone = "UTC", Paused = true, LastRun = Friday0000.AddHours(8),
            PausedReason = "Discord refuses posts to channel 500: Missing Permissions (50013)",
        };

        var reasons = QuietChannel.Explain(Facts(channel));

        Assert.Equal("missing permission to post (Send Messages) — paused since 2026-11-27 08:00 UTC", reasons[0]);
    }

    [Fact]
    public void A_channel_without_watches_is_told_how_to_add_one()
    {
        Assert.Contains("no watches in this channel — add one with /watch add", QuietChannel.Explain(Facts(watches: 0)));
        Assert.Contains("no watches in this channel — add one with watch add", QuietChannel.Explain(Facts(watches: 0) with { InDiscord = false }));
    }

    [Fact]
    public void New_papers_since_the_last_digest_that_matched_nothing_are_said_to_have_matched_nothing()
    {
        var now = Clock.GetUtcNow();
        var channel = new ChannelState { Id = 500, Schedule = "daily 08:00", TimeZone = "UTC", LastDigestAt = now.AddHours(-10) };

        var reasons = QuietChannel.Explain(Facts(channel, lastNew: now.AddHours(-2)));

        Assert.Equal("no new papers matched your watches since the last digest", reasons[0]);
    }

    [Fact]
    public void New_papers_that_matched_but_were_never_announced_are_said_why_and_a_partial_look_says_at_least()
    {
        var now = Clock.GetUtcNow();
        var channel = new ChannelState { Id = 500, Schedule = "daily 08:00", TimeZone = "UTC", LastDigestAt = now.AddHours(-10) };
        var facts = Facts(channel, lastNew: now.AddHours(-2)) with { Missed = new MissedMatches(3, 1, 0, Partial: true, Freshness: TimeSpan.FromDays(7)) };

        var reasons = QuietChannel.Explain(facts);

        Assert.Equal(
            [
                "at least 3 papers match your watches but were too old to announce (published over 7 days ago; Sources:Freshness)",
                "at least 1 paper matches your watches but was stored without announcing (an import without --notify, a source's first poll, a replacement or an undated paper)",
                "next digest at Sunday 08:00 UTC",
            ],
            reasons);
    }

    [Fact]
    public void Missed_matches_are_read_only_where_nothing_matched_would_otherwise_be_said()
    {
        var now = Clock.GetUtcNow();
        var channel = new ChannelState { Id = 500, Schedule = "daily 08:00", TimeZone = "UTC", LastDigestAt = now.AddHours(-10) };
        var fresh = Facts(channel, lastNew: now.AddHours(-2));

        Assert.True(QuietChannel.WouldSayNothingMatched(fresh));
        Assert.True(QuietChannel.WouldSayNothingMatched(fresh with { Channel = channel with { LastDigestAt = null } }));
        Assert.False(QuietChannel.WouldSayNothingMatched(fresh with { Pending = 1 }));
        Assert.False(QuietChannel.WouldSayNothingMatched(fresh with { Watches = 0 }));
        Assert.False(QuietChannel.WouldSayNothingMatched(fresh with { LastNewPapers = now.AddHours(-11) }));
        Assert.False(QuietChannel.WouldSayNothingMatched(Facts()));
        Assert.False(QuietChannel.WouldSayNothingMatched(fresh with { Sources = [Healthy with { LastError = "HTTP 503" }] }));
    }

    [Fact]
    public void Pending_papers_wait_for_the_next_digest_and_an_instant_schedule_says_it_posts_at_once()
    {
        var reasons = QuietChannel.Explain(Facts(pending: 3) with { NextDigest = null });

        Assert.Equal(["3 papers waiting for the next digest", "digests post as soon as papers match (instant)"], reasons);
        Assert.Equal("Nothing arrived because: 3 papers waiting for the next digest · digests post as soon as papers match (instant)", QuietChannel.Sentence(reasons));
    }

    [Fact]
    public void A_stored_schedule_that_can_no_longer_be_read_is_named_instead_of_an_instant_schedule()
    {
        var channel = new ChannelState { Id = 500, Schedule = "0 99 * * *", TimeZone = "UTC", LastDigestAt = Friday0000.AddHours(8) };

        var reasons = QuietChannel.Explain(Facts(channel, pending: 3) with { NextDigest = null });

        // Before, "digests post as soon as papers match (instant)": it had no next time, as an instant schedule has none.
        Assert.Equal(
            "Nothing arrived because: 3 papers waiting for the next digest; its schedule '0 99 * * *' cannot be read (its hour field 99 is not 0-23), so no digest is due — set a new one with /schedule set",
            QuietChannel.Sentence(reasons));
    }

    [Fact]
    public void Right_after_a_digest_that_posted_everything_new_the_channel_is_up_to_date_not_quiet()
    {
        var now = Clock.GetUtcNow();
        var channel = new ChannelState { Id = 500, Schedule = "instant", TimeZone = "UTC", LastDigestAt = now.AddMinutes(-2) };

        var reasons = QuietChannel.Explain(Facts(channel, lastNew: now.AddMinutes(-3)) with { NextDigest = null });

        Assert.Equal("Up to date: no new papers since the last digest (Saturday 11:58 UTC) · digests post as soon as papers match (instant)", QuietChannel.Sentence(reasons));
    }

    [Fact]
    public void Up_to_date_is_said_only_when_nothing_else_is_wrong()
    {
        var now = Clock.GetUtcNow();
        var channel = new ChannelState { Id = 500, Schedule = "instant", TimeZone = "UTC", LastDigestAt = now.AddMinutes(-2), ConsecutiveFailures = 1, LastError = "HTTP 500" };

        var sentence = QuietChannel.Sentence(QuietChannel.Explain(Facts(channel, lastNew: now.AddMinutes(-3)) with { NextDigest = null }));

        Assert.StartsWith("Nothing arrived because: the last digest failed (1 in a row)", sentence, StringComparison.Ordinal);
    }
}
