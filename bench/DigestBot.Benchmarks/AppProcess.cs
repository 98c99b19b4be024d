using System.Diagnostics;
using System.Runtime.InteropServices;

namespace DigestBot.Benchmarks;

/// <summary>
/// The real <c>digestbot</c> executable as a child process (the digestbot.dll built beside the harness, run by the
/// same <c>dotnet</c>), and the peak resident set of the children this process has waited for, from getrusage.
/// </summary>
internal static partial class AppProcess
{
    private const int RusageChildren = -1;

    /// <summary>Runs <c>digestbot ARGS</c> to its exit: how long from start to exit, the exit code and stdout.</summary>
    public static async Task<(TimeSpan Elapsed, int ExitCode, string Output, string Errors)> RunAsync(params string[] args)
    {
        var app = Path.Combine(AppContext.BaseDirectory, "digestbot.dll");
        var start = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(app);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The harness may itself run under `dotnet DigestBot.Benchmarks.dll` or its apphost; either way the child is `dotnet digestbot.dll`.
        if (!Path.GetFileNameWithoutExtension(start.FileName).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.FileName = "dotnet";
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        clock.Stop();
        return (clock.Elapsed, process.ExitCode, await output, await errors);
    }

    /// <summary>The largest resident set any waited-for child reached, in bytes (Linux reports kilobytes); null elsewhere.</summary>
    public static long? PeakChildResidentBytes() =>
        OperatingSystem.IsLinux() && GetRusage(RusageChildren, out var usage) == 0 ? usage.MaxRss * 1024 : null;

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static partial int GetRusage(int who, out Rusage usage);

    /// <summary>struct rusage on 64-bit Linux: two timevals, then fourteen longs of which ru_maxrss is the first.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Rusage
    {
        public long UserSeconds, UserMicros, SystemSeconds, SystemMicros;
        public long MaxRss, IxRss, IdRss, IsRss, MinFlt, MajFlt, NSwap, InBlock, OuBlock, MsgSnd, MsgRcv, NSignals, NvCsw, NivCsw;
    }
}
