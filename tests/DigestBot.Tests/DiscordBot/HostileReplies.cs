using DigestBot.Commands;

namespace DigestBot.Tests.DiscordBot;

/// <summary>
/// Replies built to break Discord's limits: long titles, hundreds of authors, LaTeX, mentions, markdown, many cards. Paper
/// text enters markup escaped, as handlers compose it, beside our own bold, links and code.
/// </summary>
public static class HostileReplies
{
    private const string Nasty = "@everyone **Attention** is _all_ you need: $\\mathcal{O}(n^2)$ `x_i` ~~no~~ ||spoiler|| <@123> # not a heading [link](https://evil.example) 😀";

    public static string Title(int length) => string.Concat(Enumerable.Repeat(Nasty + " ", (length / Nasty.Length) + 1))[..length];

    public static string Authors(int count) => string.Join(", ", Enumerable.Range(1, count).Select(i => $"Author_{i} *Name*"));

    public static Card Paper(int n, int titleLength = 300, int authors = 300) => new(Title(titleLength))
    {
        Url = $"https://arxiv.org/abs/2401.{n:D5}",
        Description = string.Concat(Enumerable.Repeat(ReplyMarkup.Escape("We prove $\\sum_{i=1}^{n} x_i^2 \\le 1$ for **all** _inputs_; @here see <https://x.org>. ") + ReplyMarkup.Bold("matched") + " ", 60)),
        Fields =
        [
            new CardField("Authors", ReplyMarkup.Escape(Authors(authors))),
            new CardField("Categories", "cs.LG, cs.AI", Inline: true),
            new CardField("Matched", ReplyMarkup.Code("\"layer normalization\" AND cat:cs.LG -survey"), Inline: true),
            new CardField("Links", $"{ReplyMarkup.Link("abs", $"https://arxiv.org/abs/2401.{n:D5}")} · {ReplyMarkup.Link(Title(40), "https://arxiv.org/pdf/x")}"),
        ],
        Footer = $"2401.{n:D5}v1 · @everyone · **not bold here**",
    };

    /// <summary>40 papers, the same abs URL twice, a long escaped text and link buttons.</summary>
    public static Reply Digest(int papers = 40) => new()
    {
        Text = string.Join('\n', Enumerable.Range(0, 80).Select(i => ReplyMarkup.Escape($"{i}. @everyone {Nasty}") + $" {ReplyMarkup.Bold("bold")}")) + "\n-# digest 1-1 · part 1/1",
        Cards = [.. Enumerable.Range(1, papers).Select(n => Paper(n)), Paper(1)],
        Buttons = [.. Enumerable.Range(0, 30).Select(i => new ReplyButton($"Button {i} {Title(100)}") { Url = $"https://arxiv.org/pdf/2401.{i:D5}" })],
    };

    /// <summary>A seeded mix of the above, for many shapes of reply.</summary>
    public static Reply Random(int seed)
    {
        var random = new Random(seed);
        var cards = Enumerable.Range(0, random.Next(0, 45)).Select(n => new Card(random.Next(3) == 0 ? " " : Title(random.Next(1, 600)))
        {
            Url = random.Next(4) == 0 ? "https://arxiv.org/abs/same" : random.Next(5) == 0 ? "not a url" : $"https://arxiv.org/abs/{n}",
            Description = random.Next(2) == 0 ? null : ReplyMarkup.Escape(Title(random.Next(1, 9000))) + ReplyMarkup.Bold(Title(random.Next(1, 90))),
            Fields = [.. Enumerable.Range(0, random.Next(0, 40)).Select(f => new CardField(
                random.Next(6) == 0 ? "" : Title(random.Next(1, 400)),
                random.Next(6) == 0 ? " " : ReplyMarkup.Code(Title(random.Next(1, 30))) + ReplyMarkup.Escape(Authors(random.Next(1, 400))),
                random.Next(2) == 0))],
            Footer = random.Next(2) == 0 ? null : Title(random.Next(1, 3000)),
        });
        return new Reply
        {
            Text = random.Next(3) == 0 ? null : ReplyMarkup.Escape(Title(random.Next(1, 7000))) + ReplyMarkup.Link("abs", "https://arxiv.org/abs/1"),
            Cards = [.. cards],
            Buttons = [.. Enumerable.Range(0, random.Next(0, 30)).Select(i => random.Next(3) == 0
                ? new ReplyButton(Title(random.Next(0, 120))) { Action = $"act-{random.Next(5)}" }
                : new ReplyButton(Title(random.Next(1, 120))) { Url = random.Next(5) == 0 ? "ftp://nope" : $"https://arxiv.org/abs/{i}" })],
            Ephemeral = random.Next(2) == 0,
        };
    }
}
