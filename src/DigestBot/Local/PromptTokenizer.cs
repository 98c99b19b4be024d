using System.Text;

namespace DigestBot.Local;

/// <summary>
/// Splits a prompt line into words the way a POSIX shell does: blanks separate, <c>'…'</c> keeps everything,
/// <c>"…"</c> keeps everything but <c>\"</c> <c>\\</c> <c>\$</c> <c>\`</c>, and a backslash outside quotes keeps the next
/// character. Each word also keeps the text typed for it. A quote without a closing partner is an ordinary character
/// (a shell would wait for more input; the prompt has only this line), so <c>search O'Neil</c> still works.
/// </summary>
public static class PromptTokenizer
{
    public static IReadOnlyList<CommandLineToken> Split(string line)
    {
        var tokens = new List<CommandLineToken>();
        var i = 0;
        while (true)
        {
            while (i < line.Length && IsBlank(line[i]))
            {
                i++;
            }

            if (i == line.Length)
            {
                return tokens;
            }

            tokens.Add(ReadWord(line, ref i));
        }
    }

    private static CommandLineToken ReadWord(string line, ref int i)
    {
        var start = i;
        var value = new StringBuilder();
        var parts = 0;
        var onlySingleQuoted = true;
        while (i < line.Length && !IsBlank(line[i]))
        {
            parts++;
            var c = line[i];
            if (c == '\'' && line.IndexOf('\'', i + 1) is var close and > 0)
            {
                value.Append(line, i + 1, close - i - 1);
                i = close + 1;
                continue;
            }

            onlySingleQuoted = false;
            if (c == '"' && ClosingDoubleQuote(line, i + 1) is var end and > 0)
            {
                AppendDoubleQuoted(value, line, i + 1, end);
                i = end + 1;
            }
            else if (c == '\\' && i + 1 < line.Length)
            {
                value.Append(line[i + 1]);
                i += 2;
            }
            else
            {
                value.Append(c);
                i++;
            }
        }

        return new CommandLineToken(value.ToString(), line[start..i], onlySingleQuoted && parts == 1);
    }

    /// <summary>The index of the <c>"</c> closing a double-quoted string opened before <paramref name="from"/>, or -1.</summary>
    private static int ClosingDoubleQuote(string line, int from)
    {
        for (var i = from; i < line.Length; i++)
        {
            if (line[i] == '\\')
            {
                i++;
            }
            else if (line[i] == '"')
            {
                return i;
            }
        }

        return -1;
    }

    private static void AppendDoubleQuoted(StringBuilder value, string line, int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            if (line[i] == '\\' && i + 1 < end && line[i + 1] is '"' or '\\' or '$' or '`')
            {
                i++;
            }

            value.Append(line[i]);
        }
    }

    private static bool IsBlank(char c) => c is ' ' or '\t';
}
