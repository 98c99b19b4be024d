using DigestBot.Search;
using Lucene.Net.Index;

namespace DigestBot.Tests.Search;

/// <summary><see cref="PhraseCounts"/>: a phrase is counted once per index reader, and never read from another reader.</summary>
public sealed class PhraseCountsTests
{
    [Fact]
    public void A_phrase_asked_again_of_the_same_reader_is_not_counted_again()
    {
        var counts = new PhraseCounts();
        using var reader = new MultiReader();
        var asked = new List<string>();

        var first = counts.Get(reader, "KV cache", p => Count(asked, p, 3));
        var second = counts.Get(reader, "KV cache", p => Count(asked, p, 99));

        Assert.Equal(3, first);
        Assert.Equal(3, second);
        Assert.Equal(["KV cache"], asked);
    }

    [Fact]
    public void A_new_reader_has_every_phrase_counted_afresh()
    {
        var counts = new PhraseCounts();
        using var before = new MultiReader();
        using var after = new MultiReader();
        var asked = new List<string>();

        counts.Get(before, "KV cache", p => Count(asked, p, 3));
        var fresh = counts.Get(after, "KV cache", p => Count(asked, p, 4));

        Assert.Equal(4, fresh);
        Assert.Equal(["KV cache", "KV cache"], asked);
    }

    [Fact]
    public void A_full_table_starts_afresh_and_still_answers()
    {
        var counts = new PhraseCounts(capacity: 2);
        using var reader = new MultiReader();
        var asked = new List<string>();

        foreach (var phrase in new[] { "a b", "c d", "e f", "a b" })
        {
            Assert.Equal(phrase.Length, counts.Get(reader, phrase, p => Count(asked, p, p.Length)));
        }

        Assert.Equal(["a b", "c d", "e f", "a b"], asked);
    }

    private static int Count(List<string> asked, string phrase, int count)
    {
        asked.Add(phrase);
        return count;
    }
}
