using DigestBot.Benchmarks;

namespace DigestBot.Benchmarks.Tests;

/// <summary>The typo the <c>search</c> scenario puts into each question, to time "did you mean" on an unknown word.</summary>
public class TypoTests
{
    [Theory]
    [InlineData("how does dropout regularization affect sparsity?", "how does dropout reuglarization affect sparsity?")]
    [InlineData("what is known about graph neural networks?", "what is known about graph nerual networks?")]
    [InlineData("how do cats nap?", "how do cats nap?")]
    public void The_longest_word_gets_two_letters_swapped_after_its_first_two(string question, string typed) =>
        Assert.Equal(typed, SearchScenario.Typo(question));
}
