using System.Diagnostics;
using System.Runtime.InteropServices;

namespace DigestBot.Benchmarks;

/// <summary>What the figures were measured on; printed with every result and stored in its JSON.</summary>
internal sealed record Machine(string Cpu, int Cores, long MemoryBytes, string Os, string Runtime, string Commit)
{
    public static Machine Describe() => new(
        CpuModel(),
        Environment.ProcessorCount,
        GC.GetGCMemoryInfo().TotalAvailableMemoryBytes,
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        GitCommit());

    public override string ToString() =>
        $"{Cpu}, {Cores} cores, {MemoryBytes / (1L << 30)} GiB, {Os}, {Runtime}, commit {Commit}";

    private static string CpuModel()
    {
        const string cpuinfo = "/proc/cpuinfo";
        var line = File.Exists(cpuinfo) ? File.ReadLines(cpuinfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal)) : null;
        return line?.Split(':', 2)[1].Trim() ?? RuntimeInformation.ProcessArchitecture.ToString();
    }

    private static string GitCommit()
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", "rev-parse --short HEAD") { RedirectStandardOutput = true, RedirectStandardError = true });
            var output = git!.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 ? output : "unknown";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }
}
