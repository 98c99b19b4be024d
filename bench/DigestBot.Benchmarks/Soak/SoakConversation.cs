using System.Globalization;
using System.Text.Json.Nodes;
using DigestBot.Watches;

namespace DigestBot.Benchmarks;

/// <summary>
/// One cycle's interactions through the fake gateway, in a channel of their own: a search and its next page, a
/// paper card, and a watch added and removed again. Each answer is checked; what is wrong is a violation. The fakes'
/// process waits for each answer; this side keeps nothing but the count.
/// </summary>
internal sealed class SoakConversation(SoakFakesClient fakes, WatchStore watches, Action<string> violation)
{
    public const ulong Channel = 777_000_000_000_000_001;
    private ulong _next = 10_000;

    /// <summary>How many interactions were answered.</summary>
    public int Answered { get; private set; }

    public async Task RunAsync(int cycle, string searchWord, string paperId)
    {
        var search = await AskAsync(SoakInteractions.Command(++_next, Channel, "search", null, ("query", searchWord)));
        var next = (search?["components"]?.AsArray() ?? [])
            .SelectMany(row => row!["components"]!.AsArray())
            .FirstOrDefault(b => b?["label"]?.GetValue<string>().StartsWith("Next", StringComparison.Ordinal) == true);
        if (next is null)
        {
            violation($"cycle {cycle}: search '{searchWord}' has no next-page button");
        }
        else
        {
            var page = await AskAsync(SoakInteractions.Button(++_next, Channel, next["custom_id"]!.GetValue<string>()));
            Expect(cycle, page?["content"]?.GetValue<string>().Contains("showing 6–10", StringComparison.Ordinal) == true, "the next page shows results 6–10");
        }

        var card = await AskAsync(SoakInteractions.Command(++_next, Channel, "paper", null, ("id", paperId)));
        Expect(cycle, card?.ToJsonString().Contains(paperId, StringComparison.Ordinal) == true, $"the paper card shows {paperId}");

        var name = string.Create(CultureInfo.InvariantCulture, $"soak {cycle}");
        await AskAsync(SoakInteractions.Command(++_next, Channel, "watch", "add", ("query", "\"soak never matches this\""), ("name", name)));
        var added = watches.ForChannel(Channel).SingleOrDefault(w => w.Name == name);
        if (added is null)
        {
            violation($"cycle {cycle}: watch add stored no watch");
            return;
        }

        await AskAsync(SoakInteractions.Command(++_next, Channel, "watch", "remove", ("watch", added.Id)));
        Expect(cycle, watches.ForChannel(Channel).All(w => w.Id != added.Id), $"watch {added.Id} is removed");
    }

    private void Expect(int cycle, bool holds, string what)
    {
        if (!holds)
        {
            violation($"cycle {cycle}: expected {what}");
        }
    }

    /// <summary>The answer's message data (the edited original when the command deferred), or null after a violation.</summary>
    private async Task<JsonNode?> AskAsync(JsonObject interaction)
    {
        var (data, wrong) = await fakes.AskAsync(interaction);
        if (wrong is not null)
        {
            violation(wrong);
            return null;
        }

        Answered++;
        return data;
    }
}
