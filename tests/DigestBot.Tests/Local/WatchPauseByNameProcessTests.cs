using System.Text.Json;
using DigestBot.Tests.Support;
using DigestBot.Watches;

namespace DigestBot.Tests.Local;

/// <summary>
/// <c>watch pause NAME</c> and <c>watch resume NAME</c> through the executable, as <c>watch remove NAME</c>: a watch
/// named as <c>watch list</c> shows it (case ignored), a whole number still its number.
/// </summary>
public sealed class WatchPauseByNameProcessTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string Data => _temp.Combine("data");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_watch_is_paused_and_resumed_by_its_name_and_the_others_are_untouched()
    {
        Assert.Equal(0, (await DigestBotProcess.RunAsync("watch", "add", "agents", "--name", "Agents", "--data", Data)).ExitCode);
        Assert.Equal(0, (await DigestBotProcess.RunAsync("watch", "add", "ti:diffusion", "--name", "diffusion", "--data", Data)).ExitCode);

        var paused = await DigestBotProcess.RunAsync("watch", "pause", "AGENTS", "--data", Data);
        var whilePaused = await MutedAsync();
        var resumed = await DigestBotProcess.RunAsync("watch", "resume", "agents", "--data", Data);
        var byNumber = await DigestBotProcess.RunAsync("watch", "pause", "2", "--data", Data);
        var missing = await DigestBotProcess.RunAsync("watch", "resume", "norms", "--data", Data);

        Assert.Equal((0, "Watch 1 paused: it matches no new papers until watch resume 1."), (paused.ExitCode, paused.Stdout.TrimEnd()));
        Assert.Equal([("Agents", true), ("diffusion", false)], whilePaused);
        Assert.Equal((0, "Watch 1 resumed: it matches new papers again."), (resumed.ExitCode, resumed.Stdout.TrimEnd()));
        Assert.Equal((0, "Watch 2 paused: it matches no new papers until watch resume 2."), (byNumber.ExitCode, byNumber.Stdout.TrimEnd()));
        Assert.Equal([("Agents", false), ("diffusion", true)], await MutedAsync());
        Assert.Equal((2, string.Empty), (missing.ExitCode, missing.Stdout));
        Assert.Equal("watch: this channel has no watch named \"norms\" (see watch list)", Assert.Single(missing.Stderr.TrimEnd().Split('\n')));
    }

    [Theory]
    [InlineData("pause")]
    [InlineData("resume")]
    public async Task A_name_two_watches_of_the_channel_share_is_refused_with_their_numbers(string verb)
    {
        // The store refuses a second watch of a name in a channel; watches stored before that check may still share one.
        using (var storage = new TestStorage())
        {
            var stored = storage.Database.Collection<Watch>("watches");
            stored.Insert(new Watch { Name = "agents", Query = "agents", Muted = verb == "resume" });
            stored.Insert(new Watch { Name = "Agents", Query = "agent", Muted = verb == "resume" });
            Directory.CreateDirectory(Data);
            foreach (var file in Directory.GetFiles(storage.DataPath).Where(f => !f.EndsWith(".lock", StringComparison.Ordinal)))
            {
                File.Copy(file, Path.Combine(Data, Path.GetFileName(file)));
            }
        }

        var (code, stdout, stderr) = await DigestBotProcess.RunAsync("watch", verb, "agents", "--data", Data);

        Assert.Equal((2, string.Empty), (code, stdout));
        Assert.Equal($"watch: 2 watches of this channel are named \"agents\" (1, 2); {verb} one by its number", Assert.Single(stderr.TrimEnd().Split('\n')));
        Assert.All(await MutedAsync(), w => Assert.Equal(verb == "resume", w.Muted));
    }

    private async Task<List<(string? Name, bool Muted)>> MutedAsync()
    {
        var list = await DigestBotProcess.RunAsync("watch", "list", "--json", "--data", Data);
        using var watches = JsonDocument.Parse(list.Stdout);
        return [.. watches.RootElement.EnumerateArray().Select(w => (w.GetProperty("name").GetString(), w.GetProperty("muted").GetBoolean()))];
    }
}
