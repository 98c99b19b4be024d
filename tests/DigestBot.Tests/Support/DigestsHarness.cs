using DigestBot.Digests;
using DigestBot.Papers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Tests.Support;

/// <summary>The app wired as Program wires it (the digests feature under test), with a recording poster, a fake clock and real LiteDB.</summary>
public sealed class DigestsHarness : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly ServiceProvider _services;

    public DigestsHarness(DateTimeOffset now, params (string Key, string Value)[] settings)
        : this(now, recordPosts: true, overrides: null, settings)
    {
    }

    /// <param name="recordPosts">
    /// Whether digests go to <see cref="Poster"/> (the default) or through the poster the app chooses for its mode
    /// (Discord's, for the tests that post to the fake Discord).
    /// </param>
    public DigestsHarness(DateTimeOffset now, bool recordPosts, params (string Key, string Value)[] settings)
        : this(now, recordPosts, overrides: null, settings)
    {
    }

    /// <param name="overrides">Changes to the app's services beside the harness's clock and poster.</param>
    public DigestsHarness(DateTimeOffset now, bool recordPosts, Action<DigestBotOverrides>? overrides, params (string Key, string Value)[] settings)
    {
        Clock = new FakeTimeProvider(now);
        var config = new Dictionary<string, string?> { ["DigestBot:Storage:DataDirectory"] = _temp.Combine("data") };
        foreach (var (key, value) in settings)
        {
            config[key] = value;
        }

        _services = TestApp.Services(config, o =>
        {
            o.Use<TimeProvider>(Clock);
            if (recordPosts)
            {
                o.Use<IChannelPoster>(Poster);
            }

            overrides?.Invoke(o);
        }).BuildWithStorage();
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
