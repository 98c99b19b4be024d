using System.Text.Json;
using DigestBot.Tests.Support;
using DigestBot.Watches;

namespace DigestBot.Tests.Local;

/// <summary><c>watch remove NAME</c> through the executable: a watch named as <c>watch list</c> shows it, as well as by its number.</summary>
public sealed class WatchRemoveByNameProcessTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string Data => _temp.Combine("data");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_watch_is_removed_by_its_name_and_the_others_stay()
    {
        Assert.Equal(0, (await DigestBotProcess.RunAsync("watch", "add", "agents", "--name", "Agents", "--data", Data)).ExitCode);
        Assert.Equal(0, (await DigestBotProcess.RunAsync("watch", "add", "ti:diffusion", "--name", "diffusion", "--data", Data)).ExitCode);

        var removed = await DigestBotProcess.RunAsync("watch", "remove", "agents", "--data", Data);
        var missing = await DigestBotProcess.RunAsync("watch", "remove", "agents", "--data", Data);
        var list = await DigestBotProcess.RunAsync("watch", "list", "--json", "--data", Data);

        Assert.Equal((0, "Watch 1 removed."), (removed.ExitCode, removed.Stdout.TrimEnd()));
        Assert.Equal((2, string.Empty), (missing.ExitCode, missing.Stdout));
        Assert.Equal("watch: this channel has no watch named \"agents\" (see watch list)", Assert.Single(missing.Stderr.TrimEnd().Split('\n')));
        using var watches = JsonDocument.Parse(list.Stdout);
        Assert.Equal(["diffusion"], watches.RootElement.EnumerateArray().Select(w => w.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task A_name_two_watches_of_the_channel_share_is_refused_with_their_numbers()
    {
        // The store refuses a second watch of a name in a channel; watches stored before that check may still share one.
        using (var storage = new TestStorage())
        {
            var stored = storage.Database.Collection<Watch>("watches");
            stored.Insert(new Watch { Name = "agents", Query = "agents" });
            stored.Insert(new Watch { Name = "Agents", Query = "agent" });
            stored.Insert(new Watch { Name = "agents", Query = "agents", ChannelId = 42 });
            Directory.CreateDirectory(Data);
            foreach (var file in Directory.GetFiles(storage.DataPath).Where(f => !f.EndsWith(".lock", StringComparison.Ordinal)))
            {
                File.Copy(file, Path.Combine(Data, Path.GetFileName(file)));
            }
        }

        var (code, stdout, stderr) = await DigestBotProcess.RunAsync("watch", "remove", "agents", "--data", Data);
        var list = await DigestBotProcess.RunAsync("watch", "list", "--json", "--data", Data);

        Assert.Equal((2, string.Empty), (code, stdout));
        Assert.Equal("watch: 2 watches of this channel are named \"agents\" (1, 2); remove one by its number", Assert.Single(stderr.TrimEnd().Split('\n')));
        using var watches = JsonDocument.Parse(list.Stdout);
        Assert.Equal(2, watches.RootElement.GetArrayLength());
    }
}
