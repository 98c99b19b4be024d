using DigestBot.Tests.Support;

namespace DigestBot.Tests.Local;

/// <summary>Commands that need no data leave no data folder behind: neither ./data nor a configured one.</summary>
public sealed class NoDataFolderProcessTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(0, "help")]
    [InlineData(0, "--help")]
    [InlineData(0, "--version")]
    [InlineData(0, "papers", "--help")]
    [InlineData(2, "seach")]
    [InlineData(2, "papers", "--limit", "abc")]
    [InlineData(2, "watch")]
    public async Task A_command_that_needs_no_data_creates_no_data_folder(int exitCode, params string[] args)
    {
        var configured = _temp.Combine("configured");

        var (code, _, stderr) = await DigestBotProcess.RunAsync(args, null, workingDirectory: _temp.Path);
        var withData = await DigestBotProcess.RunAsync(
            args, new Dictionary<string, string> { ["DigestBot__Storage__DataDirectory"] = configured }, workingDirectory: _temp.Path);

        Assert.Equal(exitCode, code);
        Assert.Equal(exitCode, withData.ExitCode);
        Assert.False(Directory.Exists(_temp.Combine("data")), stderr);
        Assert.False(Directory.Exists(configured), withData.Stderr);
    }

    [Fact]
    public async Task A_command_that_uses_data_still_creates_the_folder()
    {
        var (code, _, stderr) = await DigestBotProcess.RunAsync(["papers"], null, workingDirectory: _temp.Path);

        Assert.Equal(0, code);
        Assert.True(Directory.Exists(_temp.Combine("data")), stderr);
    }
}
