using System.Diagnostics;
using System.Text;

namespace DigestBot.Tests.Local;

/// <summary><c>script -qfec "digestbot --data DIR" /dev/null</c>: the bot on a pty, its screen read as it comes.</summary>
internal sealed class PtyTerminal : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    private readonly Process _script;
    private readonly StringBuilder _screen = new();
    private readonly Task _reader;

    private PtyTerminal(Process script)
    {
        _script = script;
        _reader = Task.Run(async () =>
        {
            // The prompt ends without a newline: read characters, not lines.
            var buffer = new char[256];
            int read;
            while ((read = await script.StandardOutput.ReadAsync(buffer)) > 0)
            {
                lock (_screen)
                {
                    _screen.Append(buffer, 0, read);
                }
            }
        });
    }

    /// <param name="noColor">Sets <c>NO_COLOR</c> for the bot; otherwise it is removed from the environment.</param>
    public static PtyTerminal Start(string data, bool noColor = false)
    {
        Assert.True(File.Exists("/usr/bin/script"), "the pty test needs script from util-linux (Debian package bsdutils)");
        var dll = Path.Combine(AppContext.BaseDirectory, "digestbot.dll");
        var info = new ProcessStartInfo("/usr/bin/script")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var arg in new[] { "-qfec", $"exec dotnet exec '{dll}' --data '{data}'", "/dev/null" })
        {
            info.ArgumentList.Add(arg);
        }

        // As DigestBotProcess does: no developer token, no real paper sources.
        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("DigestBot__", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            info.Environment.Remove(key);
        }

        info.Environment["DigestBot__Sources__Enabled"] = "false";
        info.Environment["SHELL"] = "/bin/sh";
        info.Environment.Remove("NO_COLOR");
        info.Environment["TERM"] = "xterm";
        if (noColor)
        {
            info.Environment["NO_COLOR"] = "1";
        }

        return new PtyTerminal(Process.Start(info)!);
    }

    public string Screen
    {
        get { lock (_screen) { return _screen.ToString(); } }
    }

    public async Task WaitForAsync(string text)
    {
        var deadline = DateTime.UtcNow + Limit;
        while (!Screen.Contains(text, StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline && !_script.HasExited, $"no '{text}' on the terminal:\n{Screen}");
            await Task.Delay(50);
        }
    }

    public async Task TypeAsync(string line)
    {
        await _script.StandardInput.WriteAsync(line + "\n");
        await _script.StandardInput.FlushAsync();
    }

    public async Task<int> WaitForExitAsync()
    {
        using var cts = new CancellationTokenSource(Limit);
        await _script.WaitForExitAsync(cts.Token);
        await _reader;
        return _script.ExitCode;
    }

    public void Dispose()
    {
        if (!_script.HasExited)
        {
            _script.Kill(entireProcessTree: true);
            _script.WaitForExit();
        }

        _script.Dispose();
    }
}
