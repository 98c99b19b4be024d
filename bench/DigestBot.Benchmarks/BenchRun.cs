using System.Diagnostics;
using System.Globalization;
using DigestBot.Papers;

namespace DigestBot.Benchmarks;

/// <summary>
/// One run of the harness: its options, work folder, progress lines, memory sampler and the corpus every scenario
/// shares — the seeded arXiv-shaped generator's papers written as a snapshot file, or the real snapshot given —
/// with what is costly to build from it (the imported data directory) built once and reused.
/// </summary>
internal sealed class BenchRun : IDisposable
{
    public const int Seed = 42;
    private const int SampleSize = 2000;

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly TextWriter _progress;
    private string? _snapshot;
    private List<Paper>? _sample;
    private (WordModel Words, IReadOnlyList<string> Surnames)? _vocabulary;
    private string? _loaded;
    private readonly Dictionary<string, object> _once = [];

    public BenchRun(BenchOptions options, string work, TextWriter progress)
    {
        Options = options;
        Work = work;
        Cache = BenchCache.For(options);
        _progress = progress;
        Directory.CreateDirectory(work);
    }

    public BenchOptions Options { get; }

    public string Work { get; }

    public MemorySampler Memory { get; } = new();

    /// <summary>Where the corpus, its imported data directory and FTS5 database are kept between runs (<c>--keep</c>); null when not.</summary>
    public BenchCache? Cache { get; }

    /// <summary>When the corpus' papers were first seen, as the import stamps them.</summary>
    public DateTimeOffset SeenAt { get; } = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>How many papers the corpus holds (fewer than asked when a real snapshot is shorter).</summary>
    public int Papers { get; private set; }

    /// <summary>The latest publication date in the corpus, where date windows end.</summary>
    public DateTimeOffset Latest { get; private set; }

    public string CorpusName => Options.Snapshot is { } file ? $"real snapshot {Path.GetFileName(file)}" : "generated (seed 42)";

    public void Progress(string line) =>
        _progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{_clock.Elapsed:hh\\:mm\\:ss}] {line}"));

    /// <summary>The corpus as a snapshot file of exactly <see cref="Papers"/> papers, written on first use.</summary>
    public string Snapshot()
    {
        if (_snapshot is not null)
        {
            return _snapshot;
        }

        if (Cache?.TryGet("corpus.jsonl", out var kept) == true)
        {
            Progress($"corpus: reusing {kept}");
            _snapshot = kept;
        }
        else if (Cache is not null)
        {
            _snapshot = Cache.BuildAsync("corpus.jsonl", path =>
            {
                WriteSnapshot(path);
                return Task.CompletedTask;
            }).GetAwaiter().GetResult(); // completes synchronously
        }
        else
        {
            WriteSnapshot(_snapshot = Path.Combine(Work, "corpus.jsonl"));
        }

        foreach (var paper in Corpus())
        {
            Papers++;
            Latest = paper.Published > Latest ? paper.Published.Value : Latest;
        }

        return _snapshot;
    }

    private void WriteSnapshot(string path)
    {
        if (Options.Snapshot is { } real)
        {
            Progress($"corpus: first {Options.Papers:N0} papers of {real}");
            SnapshotWriter.Write(path, SnapshotWriter.Read(real, SeenAt).Take(Options.Papers));
        }
        else
        {
            Progress($"corpus: writing {Options.Papers:N0} generated papers as a snapshot file");
            SnapshotWriter.Write(path, Generator().Generate(Options.Papers));
        }
    }

    /// <summary>Streams the corpus' papers as the import parses them.</summary>
    public IEnumerable<Paper> Corpus() => SnapshotWriter.Read(Snapshot(), SeenAt);

    /// <summary>The first papers of the corpus, for query phrases, watches and digests.</summary>
    public IReadOnlyList<Paper> Sample() => _sample ??= [.. Corpus().Take(SampleSize)];

    /// <summary>Words ranked by frequency and surnames, most prolific first, to build queries and watches from.</summary>
    public (WordModel Words, IReadOnlyList<string> Surnames) Vocabulary()
    {
        if (_vocabulary is { } known)
        {
            return known;
        }

        if (Options.Snapshot is null)
        {
            var generator = Generator();
            _vocabulary = (generator.Words, generator.FamilyNames);
        }
        else
        {
            var words = WordModel.Learn(Sample().Select(p => p.Title + "\n" + p.Abstract), new Random(Seed));
            var surnames = Sample().SelectMany(p => p.Authors).Select(a => a.Name.Split(' ')[^1])
                .GroupBy(s => s, StringComparer.Ordinal).OrderByDescending(g => g.Count()).Select(g => g.Key).ToList();
            _vocabulary = (words, surnames);
        }

        return _vocabulary.Value;
    }

    /// <summary>A generator of new papers beyond the corpus (daily batches), same word model.</summary>
    public static ArxivPaperGenerator Generator() => NewGenerator();

    /// <summary>The seeded generator every run starts from (the soak's papers, outside a run too).</summary>
    public static ArxivPaperGenerator NewGenerator() => new(WordModel.Learn(SearchScenario.RealAbstracts(), new Random(Seed)), Seed);

    /// <summary>What the soak scenario saw, when it ran.</summary>
    public SoakReport? Soak { get; set; }

    /// <summary>A data directory holding the whole corpus in LiteDB and the search index, imported once per run.</summary>
    public async Task<string> LoadedAsync()
    {
        if (_loaded is not null)
        {
            return _loaded;
        }

        if (Cache?.TryGet("loaded", out var kept) == true)
        {
            Progress($"corpus: reusing the imported data directory {kept}");
            return _loaded = kept;
        }

        return _loaded = Cache is null ? await ImportAsync(Path.Combine(Work, "loaded")) : await Cache.BuildAsync("loaded", ImportAsync);
    }

    private async Task<string> ImportAsync(string data)
    {
        Progress($"corpus: importing {Snapshot()} into LiteDB and the search index");
        using (Memory.Phase("ingest, LiteDB + index"))
        {
            await using var services = AppServices.Build(data, withSearch: true);
            await AppServices.ImportAsync(services, Snapshot(), Progress);
        }

        return data;
    }

    /// <summary>Measures or builds something two scenarios share (the FTS5 load, the index rebuild) once per run.</summary>
    public async Task<T> OnceAsync<T>(string key, Func<Task<T>> make)
        where T : notnull
    {
        if (!_once.TryGetValue(key, out var value))
        {
            _once[key] = value = await make();
        }

        return (T)value;
    }

    /// <summary>Lets a scenario that imported the whole corpus anyway hand its data directory over.</summary>
    public void Loaded(string data) => _loaded ??= data;

    public void Dispose()
    {
        Memory.Dispose();
        try
        {
            Directory.Delete(Work, recursive: true);
        }
        catch (IOException)
        {
            // A child process may still hold a file for a moment; the folder is under the temp directory anyway.
        }
    }
}
