using DigestBot.Papers;

namespace DigestBot.Tests.DiscordBot;

/// <summary>
/// A paper whose every text is hostile to Discord markdown: a title full of markup, mentions and link lookalikes, an
/// abstract whose lines start like headings, quotes and small print, authors that look like pings, a code link with
/// parentheses. Its abstract is about pruning and KV caches, so searches and topics find it.
/// </summary>
internal static class HostilePapers
{
    public const string Id = "2401.00666";

    public const string Title =
        "-# # > **Pruning** @everyone <@123> <#1> <@&1> `rm -rf` [x](javascript:alert(1)) [arxiv.org/abs/2401.00001](https://evil.example) ||KV cache||";

    public static Paper Paper(DateTimeOffset seen) => new()
    {
        Id = Id,
        Version = 2,
        Title = Title,
        Abstract = "# Structured pruning of the KV cache\n> quoted: pruning heads @here <@&1>\n-# small print: **pruning** is [all](https://evil.example) you need\n"
            + "We prune attention heads and KV cache entries of large language models; pruning `50%` keeps accuracy. Code: https://github.com/evil/prune_it.",
        Authors = [new Author("@everyone"), new Author("**Bold** Author"), new Author("<@123>")],
        Categories = ["cs.LG", "cs.CL"],
        Published = new DateTimeOffset(2024, 12, 30, 12, 0, 0, TimeSpan.Zero),
        FirstSeen = seen,
        Comment = "12 pages; **accepted** at @ICML",
        Links = new PaperLinks
        {
            Abs = $"https://arxiv.org/abs/{Id}v2",
            Pdf = $"https://arxiv.org/pdf/{Id}v2",
            Code = "https://github.com/evil/prune_(it)",
        },
        Sources = [new SourceRecord("arxiv-api", $"{Id}v2", seen)],
    };
}
