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
    public void A_full_table_starts_afresh_and_still_answers()
    {
        var pools = new CandidatePools(capacity: 2);
        var reads = 0;

        foreach (var title in new[] { "a", "b", "c", "a" })
        {
            Assert.Equal(title, Assert.Single(pools.Get(title, "x", () => Find(ref reads, title))).Text);
        }

        Assert.Equal(4, reads);
    }

    private static IReadOnlyList<PhraseCandidate> Find(ref int reads, string text)
    {
        reads++;
        return [new PhraseCandidate(text.ToLowerInvariant(), text, text.Split(' ').Length, 1, 1, 0)];
    }
}
