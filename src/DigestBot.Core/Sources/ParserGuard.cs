namespace DigestBot.Sources;

/// <summary>
/// The promise every parser makes: bad input gives a <see cref="ParseResult"/> with <see cref="ParseResult.Error"/>,
/// never an exception. Parsers handle the failures they expect; this is the net under the ones they do not.
/// </summary>
internal static class ParserGuard
{
    public static ParseResult Run(Func<ParseResult> parse)
    {
        try
        {
            return parse();
        }
        catch (Exception e) when (IsRecoverable(e))
        {
            return ParseResult.Failure($"could not parse the document ({ExceptionText.OneLine(e)})");
        }
    }

    /// <summary>Reads <paramref name="body"/> whole, then parses its bytes; a read failure is a result too.</summary>
    public static ParseResult Run(Stream body, Func<byte[], ParseResult> parse)
    {
        ArgumentNullException.ThrowIfNull(body);
        var bytes = BodyText.ReadAll(body, out var error);
        return bytes is null ? ParseResult.Failure(error!) : Run(() => parse(bytes));
    }

    /// <summary>Running out of memory or being cancelled is not a property of the document.</summary>
    public static bool IsRecoverable(Exception e) =>
        e is not (OutOfMemoryException or OperationCanceledException or StackOverflowException);
}
