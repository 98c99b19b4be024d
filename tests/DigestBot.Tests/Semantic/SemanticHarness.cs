using DigestBot.Commands;
using DigestBot.Digests;
using DigestBot.Papers;
using DigestBot.Semantic;
using DigestBot.Sources;
using DigestBot.Storage;
using DigestBot.Tests.Search;
using DigestBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Tests.Semantic;

/// <summary>
/// The app's features with semantic search, on a real LiteDB file, Lucene index and vector file in a temp folder, and
/// the shipped embedding model, loaded once for every test that uses it. A seeded harness starts from a copy of the
/// daily papers page stored, indexed and embedded (made once per test run), so each test embeds only what it adds.
/// <see cref="Restart"/> closes everything and opens it again on the same folder, as a new start would.
/// </summary>
public sealed class SemanticHarness : IDisposable
{
    public static readonly DateTimeOffset Now = new(2025, 1, 10, 12, 0, 0, TimeSpan.Zero);

    private static readonly SemanticModel Model = new(NullLogger<SemanticModel>.Instance);
    private static readonly Lazy<string> Seeded = new(MakeSeeded);

    private readonly TempDirectory _temp = new();
    private readonly (string Key, string Value)[] _settings;
    private ServiceProvider _services;

    public SemanticHarness(bool seeded = true, params (string Key, string Value)[] settings)
    {
        _settings = settings;
        if (seeded)
        {
            Copy(Seeded.Value, DataPath);
        }

        _services = Build();
    }

    /// <summary>Texts the shared model has embedded so far, in this test run (documents and questions).</summary>
    public static long EmbeddedTexts => Model.Embedder.Embedded;

    public FakeTimeProvider Clock { get; } = new(Now);

    public string DataPath => _temp.Combine("data");

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Runs a command handler with these option values, from the CLI.</summary>
    public async Task<Reply> RunAsync<T>(CommandDefinition definition, params (string Name, object Value)[] options)
        where T : ICommandHandler =>
        await ActivatorUtilities.CreateInstance<T>(_services)
            .HandleAsync(new CommandRequest(definition, options.ToDictionary(o => o.Name, o => o.Value), CommandOrigin.Cli), CancellationToken.None);

    /// <summary>Embeds the whole queue, a batch at a time, as the background does; returns how many papers it took.</summary>
    public int EmbedQueue()
    {
        var embedding = Get<EmbeddingService>();
        var total = 0;
        for (var n = embedding.EmbedNext(CancellationToken.None); n > 0; n = embedding.EmbedNext(CancellationToken.None))
        {
            total += n;
        }

        return total;
    }

    public void Restart()
    {
        _services.Dispose();
        _services = Build();
    }

    public void Dispose()
    {
        // Async: a test may have started services that dispose only so (the dashboard server).
        _services.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _temp.Dispose();
    }

    private static string MakeSeeded()
    {
        var folder = Path.Combine(Path.GetTempPath(), "digestbot-tests", "semantic-seed-" + Guid.NewGuid().ToString("N"));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        using var harness = new SemanticHarness(seeded: false);
        harness.Get<PaperStore>().UpsertBatch(DailyPapersPage.Papers(Now));
        harness.EmbedQueue();
        harness._services.Dispose(); // closed before copying; disposing it again at the end is harmless
        Copy(harness.DataPath, folder);
        return folder;
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != DataDirectory.LockFileName))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private ServiceProvider Build()
    {
        var config = new Dictionary<string, string?>
        {
            ["DigestBot:Storage:DataDirectory"] = DataPath,
            ["DigestBot:Sources:Enabled"] = "false",
        };
        foreach (var (key, value) in _settings)
        {
            config[key] = value;
        }

        return TestApp.Services(config, o => o.Use<TimeProvider>(Clock).Use<IChannelPoster>(new RecordingPoster()).Use(Model)).BuildWithStorage();
    }
}
