using System.Text;

namespace DigestBot.Sources;

/// <summary>
/// Reads Kaggle's arXiv metadata snapshot (<c>arxiv-metadata-oai-snapshot.json</c>): JSON lines, one paper each,
/// about three million of them. <see cref="ReadLines"/> streams a file of any size; <see cref="ParseLine"/> is the
/// unit; <see cref="Parse(Stream, DateTimeOffset)"/> collects a small file into one <see cref="ParseResult"/>.
/// </summary>
public static class ArxivSnapshotParser
{
    /// <summary>Real lines stay under 100 KB; a line past this is not a paper.</summary>
    public const int MaxLineBytes = 4 * 1024 * 1024;

    /// <summary>
    /// Every record line of <paramref name="utf8Lines"/>, parsed, in order. Bad lines come back with a skip reason;
    /// only a failing stream (an I/O error) throws.
    /// </summary>
    /// <param name="firstLineNumber">The number of the first line read, when resuming part-way through a file.</param>
    public static IEnumerable<SnapshotLine> ReadLines(Stream utf8Lines, DateTimeOffset seenAt, long firstLineNumber = 1)
    {
        ArgumentNullException.ThrowIfNull(utf8Lines);
        var reader = new Utf8LineReader(utf8Lines, MaxLineBytes);
        for (var number = firstLineNumber; reader.TryReadLine(out var line, out var tooLong); number++)
        {
            if (tooLong)
            {
                yield return new SnapshotLine(number, reader.Consumed, null, $"line is longer than {MaxLineBytes / (1024 * 1024)} MiB");
            }
            else if (!IsBlankOrComment(line))
            {
                yield return ParseLine(line, number, seenAt) with { EndOffset = reader.Consumed };
            }
        }
    }

    /// <summary>One line; <see cref="SnapshotLine.EndOffset"/> is left 0 (only a stream reader knows it).</summary>
    public static SnapshotLine ParseLine(ReadOnlySpan<byte> utf8Line, long lineNumber, DateTimeOffset seenAt)
    {
        var record = ArxivSnapshotRecord.Parse(utf8Line, out var error);
        if (record is null)
        {
            return new SnapshotLine(lineNumber, 0, null, SourceText.OneLine(error ?? "unreadable line"));
        }

        try
        {
            var item = ArxivSnapshotItem.From(record, seenAt, out var reason);
            var warnings = new List<string>();
            var checkedItem = item is null ? null : ItemChecks.Check(item, warnings, out reason);
            return new SnapshotLine(lineNumber, 0, checkedItem, reason is null ? null : SourceText.OneLine(reason)) { Warning = warnings.Count > 0 ? string.Join("; ", warnings) : null };
        }
        catch (Exception e) when (ParserGuard.IsRecoverable(e))
        {
            return new SnapshotLine(lineNumber, 0, null, SourceText.OneLine($"could not be read ({ExceptionText.OneLine(e)})"));
        }
    }

    /// <summary>A whole (small) file as one result: skips carry "line N", duplicates within the file are skipped.</summary>
    public static ParseResult Parse(Stream utf8Lines, DateTimeOffset seenAt) => ParserGuard.Run(() =>
    {
        var builder = new ParseResultBuilder();
        foreach (var line in ReadLines(utf8Lines, seenAt))
        {
            if (line.Item is { } item)
            {
                var where = $"{item.Paper.Sources[0].SourceId} (line {line.LineNumber})";
                builder.Add(item, where);
                if (line.Warning is { } warning)
                {
                    builder.Warn(where, warning);
                }
            }
            else
            {
                builder.Skip($"line {line.LineNumber}", line.SkipReason ?? "unreadable line");
            }
        }

        return builder.Build();
    });

    public static ParseResult Parse(string text, DateTimeOffset seenAt) => Parse(new MemoryStream(Encoding.UTF8.GetBytes(text)), seenAt);

    /// <summary>Blank lines, and "//" comment lines (our synthetic fixtures carry one), are not records.</summary>
    private static bool IsBlankOrComment(ReadOnlySpan<byte> line)
    {
        var trimmed = line.Trim(" \t"u8);
        return trimmed.IsEmpty || trimmed.StartsWith("//"u8);
    }
}
