namespace DigestBot;

/// <summary>
/// The one way an exception is described in a line where its kind helps whoever reads it later (a stored reason shown
/// by <c>status</c>, a skipped item's note): the type's short name and the message, on one line. Logs are given the
/// exception object instead: JSON logs keep it whole, the console's line shows its message.
/// </summary>
public static class ExceptionText
{
    public static string OneLine(Exception e) => $"{e.GetType().Name}: {e.Message}".ReplaceLineEndings(" ");
}
