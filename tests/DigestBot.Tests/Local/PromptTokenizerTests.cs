using CsCheck;
using DigestBot.Local;
using DigestBot.Tests.PropertyBased;

namespace DigestBot.Tests.Local;

/// <summary>The prompt's word splitting: a POSIX shell's, plus the text typed for each word.</summary>
public sealed class PromptTokenizerTests
{
    [Theory]
    [InlineData("a  b\tc", new[] { "a", "b", "c" })]
    [InlineData("\"a b\" c", new[] { "a b", "c" })]
    [InlineData("'a \"b\"' c", new[] { "a \"b\"", "c" })]
    [InlineData("x\"a b\"'c d'", new[] { "xa bc d" })]
    [InlineData("a\\ b", new[] { "a b" })]
    [InlineData("\"a\\\"b\\\\c\\d\"", new[] { "a\"b\\c\\d" })]
    [InlineData("''", new[] { "" })]
    [InlineData("O'Neil", new[] { "O'Neil" })]
    [InlineData("\"open", new[] { "\"open" })]
    public void Words_are_split_as_a_shell_splits_them(string line, string[] words)
    {
        Assert.Equal(words, PromptTokenizer.Split(line).Select(t => t.Value));
    }

    [Fact]
    public void Each_word_keeps_the_text_typed_for_it_and_a_wholly_single_quoted_word_gives_its_value_as_query_text()
    {
        var tokens = PromptTokenizer.Split("\"layer norm\" 'a \"b\"' ti:\"x y\" 'a'b");

        Assert.Equal(["\"layer norm\"", "'a \"b\"'", "ti:\"x y\"", "'a'b"], tokens.Select(t => t.Raw));
        Assert.Equal(["\"layer norm\"", "a \"b\"", "ti:\"x y\"", "'a'b"], tokens.Select(t => t.QueryText));
    }

    [Fact]
    public void Any_line_a_shell_accepts_is_split_into_the_same_words()
    {
        // Lines of quotes, backslashes, blanks and letters; sh expands nothing here ($ ` * ? ~ are left out).
        string[] pieces = ["a", "b", "c", " ", "\t", "'", "\"", "\\", ":", "-"];
        var line = Gen.Int[0, pieces.Length - 1].Select(i => pieces[i]).Array[0, 14].Select(string.Concat);

        var compared = 0;
        Property.Check(
            line,
            text =>
            {
                // A line sh rejects (an unclosed quote) is one the prompt reads its own way: its quote is a character.
                if (ShellCli.SplitAsShell(text) is { } shell)
                {
                    Interlocked.Increment(ref compared);
                    Assert.Equal(shell, PromptTokenizer.Split(text).Select(t => t.Value));
                }
            },
            iterations: 150,
            seed: 16,
            show: text => text);

        Assert.True(compared >= 40, $"only {compared} of 150 lines were read by sh: the comparison proved little");
    }
}
