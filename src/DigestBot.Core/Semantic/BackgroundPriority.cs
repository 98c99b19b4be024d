using System.Runtime.InteropServices;

namespace DigestBot.Semantic;

/// <summary>
/// Lowers the calling thread's CPU priority (Linux nice 19), so the background embedding takes only the time ingest,
/// digests and commands leave: .NET's <see cref="Thread.Priority"/> does nothing on Linux. The model runs on the
/// calling thread (one intra-op thread, see <see cref="TextEmbedder"/>), so its work is lowered with it.
/// </summary>
internal static class BackgroundPriority
{
    private const int PriorityProcess = 0;
    private const int Lowest = 19;

    /// <summary>True when the thread's priority was lowered (false elsewhere than Linux, or when refused).</summary>
    public static bool LowerCurrentThread()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            // On Linux a thread is a task: setpriority with its thread id renices that thread alone.
            return SetPriority(PriorityProcess, GetThreadId(), Lowest) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "gettid")]
    private static extern int GetThreadId();

    [DllImport("libc", EntryPoint = "setpriority", SetLastError = true)]
    private static extern int SetPriority(int which, int who, int priority);
}
