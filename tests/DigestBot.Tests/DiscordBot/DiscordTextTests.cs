using DigestBot.Commands;
using DigestBot.DiscordBot;

namespace DigestBot.Tests.DiscordBot;

/// <summary>Our markup reaches Discord as markdown; the text around it, however hostile, arrives escaped.</summary>
public sealed class DiscordTextTests
{
    public static TheoryData<string> Hostile =>
    [
        "**bold** and __under__",
        "@everyone @here",
        "[x](javascript:alert(1))",
        "[arXiv](https://evil.example/abs/2401.00001)",
        "`ti:testing` and ```fenced```",
        "-# small print",
        "# Heading",
        "> quoted",
        "<@123> <#1> <@&1> <t:1:R>",
        "||spoiler|| ~~struck~~",
        "ends in a backslash \\",
    ];

    [Fact]
    public void Bold_links_code_and_small_print_reach_discord_intact_around_escaped_text()
    {
        var markup = $"{ReplyMarkup.Escape("x_y: ")}{ReplyMarkup.Bold("regression")} {ReplyMarkup.Link("abs", "https://arxiv.org/abs/2401.00001")} "
            + $"{ReplyMarkup.Code("ti:testing")}\n-# digest 5-1 · part 1/1";

        var text = DiscordText.FromMarkup(markup).Value;

        Assert.Equal("x\\_y\\: **regression** [abs](https://arxiv.org/abs/2401.00001) `ti:testing`\n-# digest 5-1 · part 1/1", text);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Hostile_text_entering_markup_arrives_as_discord_escaped_text(string hostile)
    {
        var escaped = DiscordMarkdown.Escape(hostile);

        Assert.Equal(escaped, DiscordText.FromMarkup(ReplyMarkup.Escape(hostile)).Value);
        Assert.Equal($"**{escaped}**", DiscordText.FromMarkup(ReplyMarkup.Bold(hostile)).Value);
        Assert.Equal($"[{escaped}](https://arxiv.org/abs/1)", DiscordText.FromMarkup(ReplyMarkup.Link(hostile, "https://arxiv.org/abs/1")).Value);
    }

    [Fact]
    public void Cutting_to_a_limit_leaves_out_markup_that_does_not_fit_whole()
    {
        var markup = $"{ReplyMarkup.Escape(new string('a', 90))} {ReplyMarkup.Bold("regression")} tail";

        var cut = DiscordText.FromMarkup(markup).Truncate(96);

        Assert.Equal(new string('a', 90) + "…", cut);
    }

    [Fact]
    public void Splitting_long_text_into_messages_never_splits_markup()
    {
        var line = string.Join(' ', Enumerable.Range(0, 400).Select(i => i % 3 == 0 ? ReplyMarkup.Bold($"bold {i}") : ReplyMarkup.Escape($"word_{i}")));

        var pieces = DiscordText.FromMarkup(line).Split(500);

        Assert.True(pieces.Count > 5);
        Assert.All(pieces, p => Assert.InRange(p.Length, 1, 500));
        Assert.All(pieces, p => Assert.Equal(0, (p.Length - p.Replace("**", string.Empty, StringComparison.Ordinal).Length) / 2 % 2));
        Assert.Equal(DiscordText.FromMarkup(line).Value.Replace(" ", string.Empty, StringComparison.Ordinal), string.Concat(pieces).Replace(" ", string.Empty, StringComparison.Ordinal));
    }
}
