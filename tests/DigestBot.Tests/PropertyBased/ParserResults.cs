using DigestBot.Sources;

namespace DigestBot.Tests.PropertyBased;

/// <summary>What every parse result must be, whatever the input.</summary>
internal static class ParserResults
{
    /// <summary>Exceptions that mean a parser bug when the safety net reports them, not a bad document.</summary>
    private static readonly string[] BugExceptions =
    [
        nameof(NullReferenceException), nameof(IndexOutOfRangeException), nameof(ArgumentOutOfRangeException),
        nameof(ArgumentNullException), nameof(ArgumentException), nameof(InvalidOperationException), nameof(InvalidCastException),
        nameof(KeyNotFoundException), nameof(OverflowException), nameof(DivideByZeroException), nameof(FormatException),
        nameof(NotSupportedException), nameof(InsufficientExecutionStackException),
    ];

    public static void Hold(ParseResult result)
    {
        Assert.NotNull(result);
        if (result.Error is { } error)
        {
            Assert.Empty(result.Items);
            OneClearLine(error);
        }

        foreach (var issue in result.Skipped.Concat(result.Warnings))
        {
            OneClearLine(issue.ToString());
        }

        foreach (var item in result.Items)
        {
            var paper = item.Paper;
            Assert.False(string.IsNullOrWhiteSpace(paper.Id), "an item without an id");
            Assert.False(string.IsNullOrWhiteSpace(paper.Title), $"item {paper.Id} has no title");
            Assert.InRange(paper.Title.Length, 1, ItemChecks.MaxTitleLength);
            Assert.InRange(paper.Abstract.Length, 0, ItemChecks.MaxAbstractLength);
        }

        Assert.Equal(result.Items.Count, result.Items.Select(i => i.Paper.Id).Distinct(StringComparer.Ordinal).Count());
    }

    private static void OneClearLine(string message)
    {
        Assert.False(string.IsNullOrWhiteSpace(message), "an empty error or skip reason");
        Assert.False(message.Contains('\n', StringComparison.Ordinal), $"more than one line: {Generators.Show(message)}");
        foreach (var bug in BugExceptions)
        {
            Assert.False(message.Contains(bug + ":", StringComparison.Ordinal), $"a parser bug reported as a document problem: {message}");
        }
    }
}
