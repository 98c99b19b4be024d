using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;

namespace DigestBot.Tests.Support;

/// <summary>
/// The real <c>digestbot</c> executable (built beside the tests) run as a child process, for what only a process
/// can show: exit codes, stdout versus stderr, signals and the OS-level data directory lock.
/// </summary>
public sealed class DigestBotProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly Lock _gate = new();

    private DigestBotProcess(Process process)
    {
        _process = process;
    }

    public int Id => _process.Id;

    public string Stdout
    {
        get { lock (_gate) { return _stdout.ToString(); } }
    }

    public string Stderr
    {
        get { lock (_gate) { return _stderr.ToString(); } }
    }

    /// <summary>Starts <c>digestbot ARGS</c> with a clean DigestBot environment plus <paramref name="environment"/>.</summary>
    /// <param name="workingDirectory">Where it runs (default: beside the executable).</param>
    public static DigestBotProcess Start(
        IEnumerable<string> args,
        IDictionary<string, string>? environment = null,
        bool redirectInput = true,
        string? workingDirectory = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = redirectInput,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
        };
        info.ArgumentList.Add("exec");
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "digestbot.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        // A developer's own token must never turn a test into a Discord connection.
        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("DigestBot__", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            info.Environment.Remove(key);
        }

        // Tests never reach the real paper sources (by polls or by fetching a paper not stored), nor embed papers in the background unless they ask (the model
        // would take a core from the other tests).
        info.Environment["DigestBot__Sources__Enabled"] = "false";
        info.Environment["DigestBot__Sources__FetchMissing"] = "false";
        info.Environment["DigestBot__Semantic__Enabled"] = "false";

        // The dashboard listens in every mode: on a free port, so bots of parallel tests never contend for 8081.
        info.Environment["DigestBot__Dashboard__ListenUrls"] = "http://127.0.0.1:0";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var process = new Process { StartInfo = info };
        var result = new DigestBotProcess(process);
        process.OutputDataReceived += (_, e) => result.Append(result._stdout, e.Data);
        process.ErrorDataReceived += (_, e) => result.Append(result._stderr, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return result;
    }

    /// <summary>Runs a one-shot command to completion.</summary>
    public static Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] args) => RunAsync(args, null);

    /// <summary>Runs a one-shot command to completion with extra environment variables.</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(
        IEnumerable<string> args,
        IDictionary<string, string>? environment,
        string? workingDirectory = null)
    {
        using var p = Start(args, environment, workingDirectory: workingDirectory);
        p._process.StandardInput.Close();
        var code = await p.WaitForExitAsync(TimeSpan.FromSeconds(60));
        return (code, p.Stdout, p.Stderr);
    }

    public StreamWriter Input => _process.StandardInput;

    public bool HasExited => _process.HasExited;

    /// <summary>Waits until stderr or stdout contains <paramref name="text"/>; false if the process exits first.</summary>
    public Task<bool> WaitForOutputAsync(string text, TimeSpan limit) =>
        WaitForAsync(() => Stderr.Contains(text, StringComparison.Ordinal) || Stdout.Contains(text, StringComparison.Ordinal), limit);

    /// <summary>Waits until stderr matches <paramref name="pattern"/>; false if the process exits first.</summary>
    public Task<bool> WaitForStderrAsync(Regex pattern, TimeSpan limit) => WaitForAsync(() => pattern.IsMatch(Stderr), limit);

    public async Task<int> WaitForExitAsync(TimeSpan limit)
    {
        using var cts = new CancellationTokenSource(limit);
        await _process.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
    }

    /// <summary>What Ctrl+C in a terminal sends.</summary>
    public void SendSigint() => Check(Kill(_process.Id, 2));

    public void SendSigterm() => Check(Kill(_process.Id, 15));

    public void SendSigkill() => Check(Kill(_process.Id, 9));

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private async Task<bool> WaitForAsync(Func<bool> seen, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            if (seen())
            {
                return true;
            }

            if (_process.HasExited)
            {
                return false;
            }

            await Task.Delay(50);
        }

        return false;
    }

    private void Append(StringBuilder target, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            target.AppendLine(line);
        }
    }

    private static void Check(int result)
    {
        if (result != 0)
        {
            throw new InvalidOperationException($"kill failed with errno {Marshal.GetLastPInvokeError()}");
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
