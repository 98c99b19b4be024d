using DigestBot.Summaries;

namespace DigestBot.Tests.Summaries;

/// <summary><see cref="CandidatePools"/>: a paper's candidates are found once per text, and an edited paper is read afresh.</summary>
public sealed class CandidatePoolsTests
{
    [Fact]
    public void The_same_title_and_abstract_are_read_once()
    {
        var pools = new CandidatePools();
        var reads = 0;

        var first = pools.Get("MiniCache", "KV cache compression.", () => Find(ref reads, "KV cache"));
        var second = pools.Get("MiniCache", "KV cache compression.", () => Find(ref reads, "other"));

        Assert.Same(first, second);
        Assert.Equal(1, reads);
    }

    [Fact]
    public void An_edited_abstract_or_title_is_read_again()
    {
        var pools = new CandidatePools();
        var reads = 0;

        pools.Get("MiniCache", "KV cache compression.", () => Find(ref reads, "KV cache"));
        var edited = pools.Get("MiniCache", "Layer normalization.", () => Find(ref reads, "layer normalization"));
        var retitled = pools.Get("MaxiCache", "KV cache compression.", () => Find(ref reads, "MaxiCache"));

        Assert.Equal("layer normalization", Assert.Single(edited).Text);
        Assert.Equal("MaxiCache", Assert.Single(retitled).Text);
        Assert.Equal(3, reads);
    }

    [Fact]
    public void A_full_table_forgets_the_least_recently_used_text_first()
    {
        var pools = new CandidatePools(capacity: 2);
        var reads = 0;

        foreach (var title in new[] { "a", "b", "a", "c", "a", "b" })
        {
            Assert.Equal(title, Assert.Single(pools.Get(title, "x", () => Find(ref reads, title))).Text);
        }

        // "a" was used again before "c" came, so "b" went; "b" read again pushes out "c", never "a".
        Assert.Equal(4, reads);
        Assert.Equal(2, pools.Count);
    }

    [Fact]
    public void A_text_unused_for_longer_than_the_idle_limit_is_forgotten_and_read_again()
    {
        long now = 0;
        var pools = new CandidatePools(capacity: 100, maxIdle: TimeSpan.FromMinutes(30), milliseconds: () => now);
        var reads = 0;

        pools.Get("a", "x", () => Find(ref reads, "a"));
        now += (long)TimeSpan.FromMinutes(29).TotalMilliseconds;
        pools.Get("b", "x", () => Find(ref reads, "b"));
        now += (long)TimeSpan.FromMinutes(2).TotalMilliseconds;
        pools.Get("b", "x", () => Find(ref reads, "b"));

        Assert.Equal(1, pools.Count); // "a" idled 31 minutes and went; "b" idled 2
        pools.Get("a", "x", () => Find(ref reads, "a"));
        Assert.Equal(3, reads);
    }

    [Fact]
    public void Many_distinct_texts_never_hold_more_than_the_capacity()
    {
        var pools = new CandidatePools();
        var reads = 0;
        for (var i = 0; i < CandidatePools.DefaultCapacity * 3; i++)
        {
            pools.Get($"paper {i}", "abstract", () => Find(ref reads, "p"));
        }

        Assert.Equal(CandidatePools.DefaultCapacity, pools.Count);
    }

    private static IReadOnlyList<PhraseCandidate> Find(ref int reads, string text)
    {
        reads++;
        return [new PhraseCandidate(text.ToLowerInvariant(), text, text.Split(' ').Length, 1, 1, 0)];
    }
}
