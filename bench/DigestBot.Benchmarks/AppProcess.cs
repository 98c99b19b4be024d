using System.Diagnostics;
using System.Globalization;

namespace DigestBot.Benchmarks;

/// <summary>
/// The real <c>digestbot</c> executable as a child process (the digestbot.dll built beside the harness, run by the
/// same <c>dotnet</c>), and the peak resident set those children reached, from their own <c>VmHWM</c>.
/// </summary>
/// <remarks>
/// Not from <c>getrusage(RUSAGE_CHILDREN)</c>: Linux records the high-water mark of the memory a child leaves at
/// <c>exec</c>, which after .NET's vfork is the harness's own, so every child "reached" the harness's peak (at 100k
/// papers a <c>digestbot search</c> of 83 MiB was reported as 1,056 MiB).
/// </remarks>
internal static class AppProcess
{
    private static readonly TimeSpan SampleEvery = TimeSpan.FromMilliseconds(5);
    private static long _peakChildBytes = -1;

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
        var exited = process.WaitForExitAsync();
        while (!exited.IsCompleted)
        {
            // A high-water mark: the last reading before the exit holds the peak of the whole run.
            if (HighWaterMark(process.Id) is { } bytes && bytes > Interlocked.Read(ref _peakChildBytes))
            {
                Interlocked.Exchange(ref _peakChildBytes, bytes);
            }

            await Task.WhenAny(exited, Task.Delay(SampleEvery));
        }

        await exited;
        clock.Stop();
        return (clock.Elapsed, process.ExitCode, await output, await errors);
    }

    /// <summary>The largest resident set a child run by <see cref="RunAsync"/> reached, in bytes; null where /proc has none.</summary>
    public static long? PeakChildResidentBytes() =>
        Interlocked.Read(ref _peakChildBytes) is >= 0 and var bytes ? bytes : null;

    /// <summary><c>VmHWM</c> of a running process (Linux reports kilobytes), or null once it is gone or elsewhere.</summary>
    private static long? HighWaterMark(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal)
                    && long.TryParse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var kib))
                {
                    return kib * 1024;
                }
            }
        }
        catch (IOException)
        {
            // Exited between the check and the read.
        }
        catch (UnauthorizedAccessException)
        {
        }

        return null;
    }
}
