using DigestBot.Commands;

namespace DigestBot.Local;

/// <summary>
/// Renders a <see cref="Reply"/> as plain terminal text: its markup through <see cref="TerminalText"/>, titles, names and
/// footers (plain text) as they are; errors (plain text too) go to the error writer as one line. With <c>bold</c>,
/// bold markup is shown as ANSI bold rather than <c>**marks**</c> (see <see cref="TerminalStyle"/>).
/// </summary>
public static class ConsoleReplyRenderer
{
    public static void Render(Reply reply, TextWriter output, TextWriter error, bool bold = false)
    {
        if (reply.Kind != ReplyKind.Ok)
        {
            error.WriteLine(OneLine(reply.Text ?? "failed"));
            return;
        }

        if (!string.IsNullOrEmpty(reply.Text))
        {
            output.WriteLine(TerminalText.Plain(reply.Text, bold));
        }

        if (reply.Code is { } code)
        {
            output.WriteLine(code.Code);
        }

        // A blank line parts a card from what is above it, not from the top of the output (`paper`, `summary`).
        var nothingAbove = string.IsNullOrEmpty(reply.Text) && reply.Code is null;
        foreach (var card in reply.Cards)
        {
            RenderCard(card, output, bold, separate: !nothingAbove);
            nothingAbove = false;
        }

        var links = reply.Buttons.Where(b => b.Url is not null).ToList();
        if (links.Count > 0)
        {
            output.WriteLine(string.Join("  ", links.Select(b => $"{b.Label}: {b.Url}")));
        }
    }

    private static void RenderCard(Card card, TextWriter output, bool bold, bool separate)
    {
        if (separate)
        {
            output.WriteLine();
        }

        output.WriteLine(card.Title);
        if (card.Url is not null)
        {
            output.WriteLine($"  {card.Url}");
        }

        foreach (var field in card.Fields)
        {
            var lead = $"  {field.Name}: ";
            output.WriteLine(lead + Indented(TerminalText.Plain(field.Value, bold), lead.Length));
        }

        if (!string.IsNullOrEmpty(card.Description))
        {
            output.WriteLine("  " + Indented(TerminalText.Plain(card.Description, bold), 2));
        }

        if (card.Footer is not null)
        {
            output.WriteLine("  " + Indented(card.Footer, 2));
        }
    }

    /// <summary>A multi-line value's later lines start under its first, not at the left margin.</summary>
    private static string Indented(string text, int width) =>
        text.ReplaceLineEndings("\n").Replace("\n", "\n" + new string(' ', width), StringComparison.Ordinal);

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}
