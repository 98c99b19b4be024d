namespace DigestBot.Local;

/// <summary>
/// Whether replies written to a writer may use ANSI bold: only on the process's own stdout, when that is a terminal,
/// <c>NO_COLOR</c> is unset (https://no-color.org) and <c>TERM</c> is not <c>dumb</c>. Redirected output, files and
/// test writers keep the plain <c>**marks**</c>, which scripts and logs read as text.
/// </summary>
public static class TerminalStyle
{
    public static bool SupportsBold(TextWriter output) =>
        ReferenceEquals(output, Console.Out)
        && !Console.IsOutputRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
        && Environment.GetEnvironmentVariable("TERM") is not "dumb";
}
