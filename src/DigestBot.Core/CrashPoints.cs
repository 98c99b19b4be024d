namespace DigestBot;

/// <summary>
/// Named points where the crash tests kill the process (<c>DIGESTBOT_CRASH_AT=after-chunk-posted</c>), to prove
/// the outbox loses and duplicates nothing. Without the variable this does nothing.
/// </summary>
public static class CrashPoints
{
    public const string Variable = "DIGESTBOT_CRASH_AT";

    private static readonly string? Armed = Environment.GetEnvironmentVariable(Variable);

    public static void Hit(string point)
    {
        if (string.Equals(Armed, point, StringComparison.Ordinal))
        {
            // SIGKILL to ourselves: no finally blocks, no flushing, exactly like a crash.
            System.Diagnostics.Process.GetCurrentProcess().Kill();
        }
    }
}
