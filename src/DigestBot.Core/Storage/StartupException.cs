namespace DigestBot.Storage;

/// <summary>
/// A condition that stops DigestBot before it can do anything useful (data directory in use, bad configuration).
/// Its message is the one line the user sees; no stack trace is printed for it.
/// </summary>
public sealed class StartupException(string message, int exitCode = ExitCodes.Failure, Exception? inner = null)
    : Exception(message, inner)
{
    public int ExitCode { get; } = exitCode;
}
