using DigestBot.Discord.Rest;
using DigestBot.FakeDiscord;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Discord.Tests.Support;

/// <summary>A fake Discord and a client talking to it over loopback, sharing one fake clock.</summary>
public sealed class DiscordHarness : IAsyncDisposable
{
    public const string Token = "test-token-SECRET-abc.def.ghi";

    private readonly HttpClient _http = new();

    private DiscordHarness(FakeDiscordServer fake, FakeTimeProvider clock, DiscordRestOptions options)
    {
        Fake = fake;
        Clock = clock;
        Logger = new ListLogger<DiscordRestClient>();
        Client = new DiscordRestClient(_http, options, clock, Logger);
    }

    public FakeDiscordServer Fake { get; }

    public FakeTimeProvider Clock { get; }

    public DiscordRestClient Client { get; }

    public ListLogger<DiscordRestClient> Logger { get; }

    public ulong ApplicationId => Fake.Options.ApplicationId;

    /// <param name="client">The client's options for the fake's base URL; <see cref="Options"/> by default.</param>
    public static async Task<DiscordHarness> StartAsync(
        Func<FakeDiscordOptions, FakeDiscordOptions>? fake = null,
        Func<Uri, DiscordRestOptions>? client = null)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        // The raw client sends whatever a test gives it; DigestBot's no-mentions rule belongs to the app's tests.
        var fakeOptions = new FakeDiscordOptions { Token = Token, Time = clock, RequireNoMentions = false };
        var server = await FakeDiscordServer.StartAsync(fake?.Invoke(fakeOptions) ?? fakeOptions);
        return new DiscordHarness(server, clock, (client ?? (url => Options(url)))(server.ApiBaseUrl));
    }

    /// <summary>Client options for the fake; the request timeout is long so that the pump's fake-time steps never outrun a slow loopback answer.</summary>
    public static DiscordRestOptions Options(Uri url, string token = Token, int globalPerSecond = 50, TimeSpan? timeout = null, int maxRetries = 3) => new()
    {
        Token = token,
        ApiBaseUrl = url,
        GlobalRequestsPerSecond = globalPerSecond,
        RequestTimeout = timeout ?? TimeSpan.FromMinutes(5),
        MaxRetries = maxRetries,
    };

    public Task<T> Run<T>(Task<T> work) => Clock.RunAsync(work, () => Fake.InFlight > 0);

    public Task Run(Task work) => Clock.RunAsync(work, () => Fake.InFlight > 0);

    public async ValueTask DisposeAsync()
    {
        await Fake.DisposeAsync();
        _http.Dispose();
    }
}
