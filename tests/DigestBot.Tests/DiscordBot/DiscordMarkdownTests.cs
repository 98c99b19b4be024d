using DigestBot.DiscordBot;

namespace DigestBot.Tests.DiscordBot;

public class DiscordMarkdownTests
{
    [Theory]
    [InlineData("**bold** _it_ ~~s~~ `code` ||spoiler||", @"\*\*bold\*\* \_it\_ \~\~s\~\~ \`code\` \|\|spoiler\|\|")]
    [InlineData("@everyone look <@123> <t:1:R>", @"\@everyone look \<\@123\> \<t\:1\:R\>")]
    [InlineData("# Heading\n- item\n-# subtext\n1. first\n> quote", "\\# Heading\n\\- item\n\\-\\# subtext\n1\\. first\n\\> quote")]
    [InlineData(@"$\mathcal{O}(n^2)$ and x_i", @"$\\mathcal{O}(n^2)$ and x\_i")]
    [InlineData("[masked](https://evil.example)", @"\[masked\](https://evil.example)")]
    [InlineData("a - b and 2.5", "a - b and 2.5")]
    public void Markdown_characters_are_escaped_so_paper_text_shows_literally(string text, string expected) =>
        Assert.Equal(expected, DiscordMarkdown.Escape(text));

    [Fact]
    public void Urls_stay_whole_so_they_remain_clickable()
    {
        var escaped = DiscordMarkdown.Escape("Code at https://github.com/a_b/c_d?x=1#L2_3, see (https://arxiv.org/abs/2401.00001).");

        Assert.Equal(@"Code at https://github.com/a_b/c_d?x=1#L2_3, see (https://arxiv.org/abs/2401.00001).", escaped);
    }

    [Fact]
    public void Truncation_never_leaves_half_an_escape_or_half_a_surrogate_pair()
    {
        var escaped = DiscordMarkdown.Escape(new string('*', 10));
        var emoji = new string('a', 8) + "😀😀";

        var cut = DiscordMarkdown.Truncate(escaped, 6);
        var cutEmoji = DiscordMarkdown.Truncate(emoji, 10);

        Assert.Equal(@"\*\*…", cut);
        Assert.Equal(new string('a', 8) + "…", cutEmoji);
        Assert.True(cutEmoji.Length <= 10);
    }

    [Fact]
    public void Long_text_splits_at_line_breaks_within_the_limit()
    {
        var text = string.Join('\n', Enumerable.Range(0, 300).Select(i => $"line {i} with some words"));

        var pieces = DiscordText.Plain(text).Split(2000);

        Assert.All(pieces, p => Assert.InRange(p.Length, 1, 2000));
        Assert.Equal(text.Replace("\n", string.Empty, StringComparison.Ordinal), string.Concat(pieces).Replace("\n", string.Empty, StringComparison.Ordinal));
        Assert.All(pieces.Skip(1), p => Assert.StartsWith("line ", p, StringComparison.Ordinal));
    }
}
