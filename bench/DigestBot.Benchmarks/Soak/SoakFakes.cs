using System.Text.Json;
using DigestBot.FakeDiscord;

namespace DigestBot.Benchmarks;

/// <summary>
/// The soak's other side, in a process of its own (<c>DigestBot.Benchmarks --soak-fakes</c>): the fake Discord and
/// the loopback feed, driven through <see cref="SoakFakesControl"/>. Everything they keep (every request, message and
/// answer) stays out of the soaked app's process, so its figures are the app's alone. It prints its addresses as one
/// JSON line and runs until its standard input closes, which happens when the soak ends or dies.
/// </summary>
internal static class SoakFakes
{
    public const string Flag = "--soak-fakes";
    public const string Token = "soak-bot-token";

    public static async Task<int> RunAsync()
    {
        // The fake keeps Discord's global limit but lets a channel post 50 messages a second (instead of 5 per 5 s),
        // so cycles are not paced by the per-channel bucket the fan-out scenario already measures.
        await using var fake = await FakeDiscordServer.StartAsync(new FakeDiscordOptions
        {
            Token = Token,
            Messages = new FakeBucketRule("messages", 50, TimeSpan.FromSeconds(1)),
        });
        using var feed = new SoakFeed();
        using var control = new SoakFakesControl(fake, feed);
        Console.Out.WriteLine(JsonSerializer.Serialize(new SoakFakesAddresses(fake.ApiBaseUrl.ToString(), feed.Url, control.Url)));
        Console.Out.Flush();
        await Console.In.ReadToEndAsync();
        return 0;
    }
}

/// <summary>Where the soak finds the fake Discord's API, the feed and the control endpoint.</summary>
internal sealed record SoakFakesAddresses(string Api, string Feed, string Control);
