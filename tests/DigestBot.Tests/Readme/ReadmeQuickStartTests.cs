using System.Diagnostics;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Readme;

/// <summary>
/// The README's quick start, run as printed: each command line through bash with the README's own alias, in a fresh
/// folder holding a copy of <c>samples/</c> (as the repository root would), with no DigestBot setting from outside.
/// </summary>
public sealed class ReadmeQuickStartTests : IDisposable
{
    private static readonly TimeSpan Guard = TimeSpan.FromMinutes(2);
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Every_quick_start_command_works_as_printed_and_the_digest_is_the_one_the_readme_shows()
    {
        var root = RepositoryFiles.Root();
        var quickStart = ReadmeQuickStart.Read(await File.ReadAllTextAsync(Path.Combine(root, "README.md")));
        Assert.Equal("dotnet build src/DigestBot", quickStart.Build);

        // The alias names the build's output; the tests built it too, in their own configuration.
        var executable = quickStart.AliasTarget.Replace("$PWD", root, StringComparison.Ordinal)
            .Replace("/bin/Debug/", $"/bin/{Configuration()}/", StringComparison.Ordinal);
        Assert.True(File.Exists(executable), $"the README's alias names {quickStart.AliasTarget}, which a build does not make");
        CopyDirectory(Path.Combine(root, "samples"), _temp.Combine("samples"));

        var outputs = new List<string>();
        foreach (var line in quickStart.Commands)
        {
            var (code, stdout, stderr) = await RunAsync(executable, line);
            Assert.True(code == 0, $"`{line}` exited {code}:\n{stdout}\n{stderr}");
            Assert.False(string.IsNullOrWhiteSpace(stdout), $"`{line}` printed nothing on stdout:\n{stderr}");
            outputs.Add(stdout);
        }

        var digest = outputs[quickStart.Commands.ToList().FindIndex(c => c.StartsWith("digestbot digest", StringComparison.Ordinal))];
        foreach (var part in quickStart.DigestExcerpt.Split("…\n", StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.Contains(part, digest, StringComparison.Ordinal);
        }

        Assert.StartsWith("imported 30 new", outputs[0], StringComparison.Ordinal);
        Assert.True(File.Exists(_temp.Combine("data", "digestbot.db")), "the quick start's data is in ./data of the folder it runs in");
    }

    private async Task<(int Code, string Stdout, string Stderr)> RunAsync(string executable, string line)
    {
        var info = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _temp.Path,
        };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add($"shopt -s expand_aliases\nalias digestbot='{executable}'\n{line}");
        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("DigestBot__", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            info.Environment.Remove(key);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var guard = new CancellationTokenSource(Guard);
        await process.WaitForExitAsync(guard.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    // The tests run from tests/DigestBot.Tests/bin/<configuration>/<framework>/.
    private static string Configuration() => new DirectoryInfo(AppContext.BaseDirectory.TrimEnd('/')).Parent!.Name;

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
