namespace DigestBot.Citations;

/// <summary>
/// The inline math of a title (<c>$k$-means</c>, <c>$O(n \log n)$</c>), told from dollar signs that are text
/// (<c>$5 to $10</c>) as pandoc tells them: an opening <c>$</c> has a non-space right after it, the closing one a
/// non-space right before it and no digit right after it. A <c>\$</c> is a dollar sign, never a delimiter, and math
/// whose braces do not balance is read as text (it could not stay inside a BibTeX field).
/// </summary>
public static class InlineMath
{
    /// <summary>The line cut into runs of text and of math (math with its dollars), in order; together they are the line.</summary>
    public static IReadOnlyList<(string Text, bool IsMath)> Split(string line)
    {
        var parts = new List<(string, bool)>();
        var textStart = 0;
        var i = 0;
        while (i < line.Length)
        {
            if (line[i] == '\\')
            {
                i += 2; // an escaped character, \$ among them
                continue;
            }

            if (line[i] == '$' && Close(line, i) is { } close)
            {
                if (i > textStart)
                {
                    parts.Add((line[textStart..i], false));
                }

                parts.Add((line[i..(close + 1)], true));
                i = textStart = close + 1;
                continue;
            }

            i++;
        }

        if (textStart < line.Length)
        {
            parts.Add((line[textStart..], false));
        }

        return parts;
    }

    /// <summary>Where the math opened by the <c>$</c> at <paramref name="open"/> closes, or null when it is a dollar sign.</summary>
    private static int? Close(string line, int open)
    {
        if (open + 1 >= line.Length || char.IsWhiteSpace(line[open + 1]) || line[open + 1] == '$')
        {
            return null;
        }

        var depth = 0;
        for (var j = open + 1; j < line.Length; j++)
        {
            switch (line[j])
            {
                case '\\':
                    j++;
                    break;
                case '{':
                    depth++;
                    break;
                case '}':
                    if (--depth < 0)
                    {
                        return null;
                    }

                    break;
                case '$':
                    if (char.IsWhiteSpace(line[j - 1]) || (j + 1 < line.Length && char.IsAsciiDigit(line[j + 1])))
                    {
                        return null;
                    }

                    return depth == 0 ? j : null;
            }
        }

        return null;
    }
}
