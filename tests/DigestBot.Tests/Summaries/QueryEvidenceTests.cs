using DigestBot.Summaries;

namespace DigestBot.Tests.Summaries;

public sealed class QueryEvidenceTests
{
    [Theory]
    [InlineData("normalization", "normalization", true)]
    [InlineData("normalization", "normalized", true)]
    [InlineData("pruning", "prune", true)]
    [InlineData("pruning", "pruned", true)]
    [InlineData("cache", "caches", true)]
    [InlineData("layer", "layers", true)]
    [InlineData("normalization", "normal", false)]
    [InlineData("normalization", "normally", false)]
    public void A_query_word_is_said_by_its_own_forms_not_by_a_word_that_only_shares_its_stem(string query, string word, bool same)
    {
        Assert.Equal(same, QueryEvidence.SameWord(query, word));
    }
}
