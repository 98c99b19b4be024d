using DigestBot.Digests;
using DigestBot.Papers;
using DigestBot.Semantic;
using DigestBot.Scheduling;
using DigestBot.Storage;
using DigestBot.Summaries;
using DigestBot.Search;
using DigestBot.Sources;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Tests.Support;

/// <summary>The digests feature wired as the app wires it, with a recording poster, a fake clock and real LiteDB.</summary>
public sealed class DigestsHarness : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly ServiceProvider _services;

    public DigestsHarness(DateTimeOffset now, params (string Key, string Value)[] settings)
        : this(now, configure: null, settings)
    {
    }

    /// <param name="configure">Runs after the features are registered (e.g. <c>AddDiscord()</c> to post through Discord).</param>
    public DigestsHarness(DateTimeOffset now, Action<IServiceCollection>? configure, params (string Key, string Value)[] settings)
    {
        Clock = new FakeTimeProvider(now);
        var config = new Dictionary<string, string?> { ["DigestBot:Storage:DataDirectory"] = _temp.Combine("data") };
        foreach (var (key, value) in settings)
        {
            config[key] = value;
        }

        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(config).Build())
            .AddLogging()
            .AddSingleton<TimeProvider>(Clock)
            .AddSingleton<IChannelPoster>(Poster);
        services.AddStorage().AddScheduling().AddPapers().AddSearch().AddSemantic().AddSources().AddSummaries().AddDigests();
        configure?.Invoke(services);
        _services = services.BuildServiceProvider();
    }

    public FakeTimeProvider Clock { get; }

    public RecordingPoster Poster { get; } = new();

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Stores papers and makes them pending for a channel, as percolation would.</summary>
    public void Owe(ulong channel, params string[] paperIds)
    {
        Get<PaperStore>().UpsertBatch([.. paperIds.Select(id => TestPapers.Arxiv(id))]);
        Get<Outbox>().AddPending(paperIds.Select(id => new Delivery
        {
            Id = Delivery.KeyOf(channel, id),
            ChannelId = channel,
            PaperId = id,
            WatchNames = ["norms"],
            MatchedTerms = ["normalization"],
            CreatedAt = Clock.GetUtcNow(),
        }));
    }

    public void Dispose()
    {
        _services.Dispose();
        _temp.Dispose();
    }
}
