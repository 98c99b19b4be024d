using DigestBot.Papers;
using DigestBot.Sources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Tests.Support;

/// <summary>
/// The app wired as Program wires it, for the sources feature (real LiteDB in a temp folder, real HTTP to a
/// <see cref="FixtureServer"/>), with a fake clock and fast retries.
/// </summary>
public sealed class SourcesHarness : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly ServiceProvider _services;

    public SourcesHarness(DateTimeOffset now, params (string Key, string Value)[] settings)
    {
        Clock = new FakeTimeProvider(now);
        var config = new Dictionary<string, string?>
        {
            ["DigestBot:Storage:DataDirectory"] = _temp.Combine("data"),
            ["DigestBot:Sources:ArxivRequestInterval"] = "00:00:00",
            ["DigestBot:Sources:RetryDelay"] = "00:00:00.010",
        };
        foreach (var (key, value) in settings)
        {
            config[key] = value;
        }

        _services = TestApp.Services(config, o => o.Use<TimeProvider>(Clock)).BuildWithStorage();
    }

    public FakeTimeProvider Clock { get; }

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public PaperStore Papers => Get<PaperStore>();

    public SourceState State(string name) => Get<SourceStateStore>().Get(name);

    public Task<IngestCounts?> PollAsync(string name) => Get<IngestService>().PollAsync(name, CancellationToken.None);

    public void Dispose()
    {
        _services.Dispose();
        _temp.Dispose();
    }
}
