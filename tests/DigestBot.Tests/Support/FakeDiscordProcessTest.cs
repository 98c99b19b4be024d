using DigestBot.FakeDiscord;

namespace DigestBot.Tests.Support;

/// <summary>
/// Base of the tests that run the real executable against a fake Discord: a fresh fake (knowing
/// <see cref="Token"/>) and a temp data folder per test, and the environment that points the bot at them.
/// </summary>
public abstract class FakeDiscordProcessTest(string token) : IAsyncLifetime
{
    protected static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    protected string Token { get; } = token;

    protected TempDirectory Temp { get; } = new();

    protected FakeDiscordServer Fake { get; private set; } = null!;

    protected string Data => Temp.Combine("data");

    public async Task InitializeAsync() => Fake = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { Token = Token });

    public async Task DisposeAsync()
    {
        await Fake.DisposeAsync();
        Temp.Dispose();
    }

    /// <summary>Token and API base URL of the fake, plus <paramref name="settings"/>.</summary>
    protected Dictionary<string, string> Environment(params (string Key, string Value)[] settings)
    {
        var environment = new Dictionary<string, string>
        {
            ["DigestBot__Discord__Token"] = Token,
            ["DigestBot__Discord__ApiBaseUrl"] = Fake.ApiBaseUrl.ToString(),
        };
        foreach (var (key, value) in settings)
        {
            environment[key] = value;
        }

        return environment;
    }
}
