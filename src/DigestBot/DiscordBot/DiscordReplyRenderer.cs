using Discord;
using DigestBot.Commands;

namespace DigestBot.DiscordBot;

/// <summary>
/// A <see cref="Reply"/> as Discord messages: the first answers the interaction (or opens a post), any others
/// follow it. Text is rendered (<see cref="DiscordText"/>: the reply's markup kept, the literal text escaped; an
/// error's text is plain and escaped whole) and split at 2000; cards become embeds with their own URLs, packed ten
/// and at most 6000 characters to a message; buttons go on the first message. Every message is sent with
/// <see cref="DiscordMessage.NoMentions"/>, so no text in it can ping anyone.
/// </summary>
public static class DiscordReplyRenderer
{
    public static IReadOnlyList<DiscordMessage> Render(Reply reply)
    {
        var texts = string.IsNullOrWhiteSpace(reply.Text) ? []
            : (reply.Kind == ReplyKind.Ok ? DiscordText.FromMarkup(reply.Text) : DiscordText.Plain(reply.Text)).Split(EmbedLimits.Content).ToList();
        if (reply.Code is { } code)
        {
            var block = Fenced(code);
            if (texts.Count > 0 && texts[^1].Length + 1 + block.Length <= EmbedLimits.Content)
            {
                texts[^1] += "\n" + block;
            }
            else
            {
                texts.Add(block);
            }
        }

        var batches = Pack(Embeds(reply.Cards));
        var messages = texts.Select(t => new DiscordMessage { Content = t }).ToList();

        // The first batch of embeds rides on the last text message: content does not count towards the 6000.
        var first = 0;
        if (messages.Count > 0 && batches.Count > 0)
        {
            messages[^1] = messages[^1] with { Embeds = batches[0] };
            first = 1;
        }

        messages.AddRange(batches.Skip(first).Select(b => new DiscordMessage { Embeds = b }));
        if (messages.Count == 0)
        {
            messages.Add(new DiscordMessage { Content = reply.Buttons.Count > 0 ? null : "Done." });
        }

        messages[0] = messages[0] with { Components = DiscordButtons.Rows(reply.Buttons) };
        if (messages[0] is { Content: null, Embeds.Count: 0, Components: null })
        {
            messages[0] = messages[0] with { Content = "Done." };
        }

        return [.. messages.Select(m => m with { Ephemeral = reply.Ephemeral })];
    }

    /// <summary>A fenced block, unescaped; a fence inside is broken with a zero-width space, and an over-long body is cut.</summary>
    private static string Fenced(CodeBlock code)
    {
        const string Cut = "\n…";
        var open = $"```{code.Language}\n";
        var body = code.Code.Replace("```", "`\u200b``", StringComparison.Ordinal).TrimEnd();
        var room = EmbedLimits.Content - open.Length - "\n```".Length;
        if (body.Length > room)
        {
            body = body[..DiscordMarkdown.SafeCut(body, room - Cut.Length)] + Cut;
        }

        return $"{open}{body}\n```";
    }

    private static List<Embed> Embeds(IReadOnlyList<Card> cards)
    {
        // Discord merges embeds that share a URL into one, so a repeated URL gets a distinct fragment.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var embeds = new List<Embed>();
        foreach (var card in cards)
        {
            var url = card.Url is { } u && DiscordButtons.IsLink(u, 2000) ? u : null;
            for (var n = 2; url is not null && !seen.Add(url); n++)
            {
                url = $"{card.Url}{(card.Url!.Contains('#', StringComparison.Ordinal) ? "-" : "#")}{n}";
            }

            embeds.Add(DiscordEmbeds.FromCard(card, url));
        }

        return embeds;
    }

    private static List<IReadOnlyList<Embed>> Pack(List<Embed> embeds)
    {
        var batches = new List<IReadOnlyList<Embed>>();
        var current = new List<Embed>();
        var size = 0;
        foreach (var embed in embeds)
        {
            var next = EmbedLimits.Size(embed);
            if (current.Count == EmbedLimits.EmbedsPerMessage || size + next > EmbedLimits.TotalPerMessage)
            {
                batches.Add(current);
                current = [];
                size = 0;
            }

            current.Add(embed);
            size += next;
        }

        if (current.Count > 0)
        {
            batches.Add(current);
        }

        return batches;
    }
}
