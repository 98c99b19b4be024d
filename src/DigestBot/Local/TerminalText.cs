using System.Text;
using DigestBot.Commands;

namespace DigestBot.Local;

/// <summary>
/// A reply's <see cref="ReplyMarkup"/> as a terminal shows it: literal text bare (no escapes), masked links as their
/// label and address, the small-print marker gone. Bold (<c>**…**</c>) and code (<c>`…`</c>) keep their marks: in plain
/// text they still set off the matched words and a watch's query. On a terminal that takes it (<see cref="TerminalStyle"/>)
/// bold is shown bold instead (ANSI SGR 1, ended by SGR 22 so no other attribute is reset).
/// </summary>
internal static class TerminalText
{
    private const string BoldOn = "\u001b[1m";
    private const string BoldOff = "\u001b[22m";

    public static string Plain(string markup, bool bold = false)
    {
        var text = new StringBuilder(markup.Length);
        foreach (var span in ReplyMarkup.Parse(markup))
        {
            text.Append(span.Kind switch
            {
                MarkupKind.Bold => bold ? BoldOn + span.Text + BoldOff : $"**{span.Text}**",
                MarkupKind.Code => $"`{span.Text}`",
                MarkupKind.Link => $"{span.Text} {span.Url}",
                _ => span.Text,
            });
        }

        return text.ToString();
    }
}
