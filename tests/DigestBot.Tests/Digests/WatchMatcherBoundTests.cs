using DigestBot.Watches;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Tests.Digests;

/// <summary>The matcher's compiled queries are those of watches matched within a day: removed watches do not stay compiled.</summary>
public class WatchMatcherBoundTests
{
    [Fact]
    public void Queries_of_removed_watches_are_forgotten_a_day_after_their_last_match_and_live_ones_still_match()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        var matcher = new WatchMatcher(time: time);
        var papers = WatchMatcherAgreementTests.Papers;
        var live = new Watch { Id = 1, ChannelId = 1, Name = "live", Query = "attention" };
        var removed = Enumerable.Range(0, 50).Select(i => new Watch { Id = 100 + i, ChannelId = 1, Name = $"old {i}", Query = $"ti:word{i}" }).ToList();

        matcher.Match(papers, [live, .. removed]);
        Assert.Equal(51, matcher.CompiledCount);

        time.Advance(TimeSpan.FromHours(23));
        var before = matcher.Match(papers, [live]).Count;
        Assert.Equal(51, matcher.CompiledCount); // nothing has gone unused for a day yet

        time.Advance(TimeSpan.FromHours(2));
        var after = matcher.Match(papers, [live]).Count;
        Assert.Equal(1, matcher.CompiledCount);
        Assert.True(after > 0, "the live watch matches nothing");
        Assert.Equal(before, after);
    }
}
