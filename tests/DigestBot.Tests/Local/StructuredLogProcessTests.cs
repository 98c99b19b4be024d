using System.Text.Json;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Local;

/// <summary><c>Logging:Console:FormatterName=json</c>: one JSON object per log line, for log collectors.</summary>
public sealed class StructuredLogProcessTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task With_the_json_formatter_every_log_line_is_a_json_object_with_level_category_and_message()
    {
        using var bot = DigestBotProcess.Start(
            ["--data", _temp.Combine("data")],
            new Dictionary<string, string> { ["Logging__Console__FormatterName"] = "json" });
        Assert.True(await bot.WaitForOutputAsync("Local mode", TimeSpan.FromSeconds(60)), bot.Stderr);
        bot.SendSigterm();
        Assert.Equal(0, await bot.WaitForExitAsync(TimeSpan.FromSeconds(60)));

        var lines = bot.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("LogLevel").GetString()));
            Assert.StartsWith("DigestBot.", json.RootElement.GetProperty("Category").GetString(), StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("Message").GetString()));
        }

        Assert.Contains(lines, l => l.Contains("\"Category\":\"DigestBot.Storage.Database\"", StringComparison.Ordinal));
    }
}
