namespace DigestBot.Commands;

/// <summary>
/// Writes text so that a POSIX shell and the <c>digestbot&gt;</c> prompt both read it back unchanged: plain words
/// stay bare, anything else goes in single quotes (which both drop, and inside which nothing is special).
/// </summary>
public static class ShellQuoting
{
    /// <summary>One word: <c>apa</c>, or <c>'"KV cache" OR pruning'</c>.</summary>
    public static string Word(string text) => text.Length > 0 && text.All(IsPlain) ? text : Quote(text);

    /// <summary>
    /// The text of an argument that takes the rest of the line (a query, a schedule): its words are joined with spaces
    /// again, so spaces need no quotes (<c>weekdays 09:00</c>); quotes, brackets, <c>*</c> and the like do.
    /// </summary>
    public static string Rest(string text) => text.All(c => c == ' ' || IsPlain(c)) ? text : Quote(text);

    // A ' inside is written '\'' as a shell expects; the prompt would then take the query as typed, so such an
    // example could not read the same in both (the help example test would say so).
    private static string Quote(string text) => $"'{text.Replace("'", "'\\''", StringComparison.Ordinal)}'";

    private static bool IsPlain(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '/' or ':' or '@' or '%' or '+' or '=' or ',' or '-';
}
