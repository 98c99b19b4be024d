using System.Text.Json;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Local;

/// <summary>
/// <c>watch edit</c> through the executable: the watch named by its number or its name, the new query as the rest of
/// the line (no quotes needed, as for <c>watch add</c>), a refusal one line on stderr with exit code 2.
/// </summary>
public sealed class WatchEditProcessTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string Data => _temp.Combine("data");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_watch_named_on_the_command_line_takes_the_rest_of_the_line_as_its_new_query()
    {
        Assert.Equal(0, (await DigestBotProcess.RunAsync("watch", "add", "agents", "--name", "Agents", "--data", Data)).ExitCode);
        Assert.Equal(0, (await DigestBotProcess.RunAsync("watch", "add", "ti:diffusion", "--data", Data)).ExitCode);

        var byName = await DigestBotProcess.RunAsync("watch", "edit", "agents", "agent", "OR", "agents", "-survey", "--data", Data);
        var byNumber = await DigestBotProcess.RunAsync("watch", "edit", "2", "ti:diffusion AND cat:cs.CV", "--data", Data);
        var refused = await DigestBotProcess.RunAsync("watch", "edit", "2", "--data", Data);

        Assert.Equal(0, byName.ExitCode);
        Assert.StartsWith("Watch 1 \"Agents\" now matches `agent OR agents -survey` (was `agents`).", byName.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, byNumber.ExitCode);
        Assert.StartsWith("Watch 2 \"ti:diffusion AND cat:cs.CV\" now matches `ti:diffusion AND cat:cs.CV` (was `ti:diffusion`).", byNumber.Stdout, StringComparison.Ordinal);
        Assert.Equal((2, string.Empty), (refused.ExitCode, refused.Stdout));
        Assert.Equal("watch edit: give a new query, --about \"text\" or --name", Assert.Single(refused.Stderr.TrimEnd().Split('\n')));

        var list = await DigestBotProcess.RunAsync("watch", "list", "--json", "--data", Data);
        using var watches = JsonDocument.Parse(list.Stdout);
        Assert.Equal(
            [(1, "Agents", "agent OR agents -survey"), (2, "ti:diffusion AND cat:cs.CV", "ti:diffusion AND cat:cs.CV")],
            watches.RootElement.EnumerateArray().Select(w => (w.GetProperty("id").GetInt32(), w.GetProperty("name").GetString(), w.GetProperty("query").GetString())));
    }
}
