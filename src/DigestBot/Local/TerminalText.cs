using System.Text.RegularExpressions;

namespace DigestBot.Local;

/// <summary>
/// A reply's text carries the little Discord markdown the bot writes itself; a terminal shows it literally. Masked
/// links become their label and address, and the small-print marker goes. Bold (<c>**…**</c>) stays: in plain text it
/// still marks the matched words.
/// </summary>
internal static partial class TerminalText
{
    public static string Plain(string text) => SmallPrint().Replace(MaskedLink().Replace(text, "$1 $2"), string.Empty);

    [GeneratedRegex(@"\[([^\[\]\n]+)\]\((https?://[^()\s]+)\)")]
    private static partial Regex MaskedLink();

    [GeneratedRegex(@"^-# ", RegexOptions.Multiline)]
    private static partial Regex SmallPrint();
}
