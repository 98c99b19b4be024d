using DigestBot.Papers;
using DigestBot.QueryLanguage;
using DigestBot.Search;
using DigestBot.Sources;
using DigestBot.Storage;
using DigestBot.Tests.Sources;
using DigestBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Tests.Search;

/// <summary>
/// The app wired as Program wires it (storage, papers, sources and search under test), on a real LiteDB file and Lucene index in a temp
/// folder. <see cref="Restart"/> closes everything and opens it again on the same folder, with or without search,
/// as a crash and a new start (or an older digestbot) would.
/// </summary>
public sealed class SearchHarness : IDisposable
{
    public static readonly DateTimeOffset Now = new(2025, 1, 10, 12, 0, 0, TimeSpan.Zero);

    private readonly TempDirectory _temp = new();
    private ServiceProvider _services;

    public SearchHarness(bool search = true)
    {
        _services = Build(search);
    }

    public FakeTimeProvider Clock { get; } = new(Now);

    public string DataPath => _temp.Combine("data");

    public string IndexPath => Path.Combine(DataPath, SearchIndex.DirectoryName);

    public PaperStore Papers => Get<PaperStore>();

    public List<string> ProgressLines { get; } = [];

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public void Restart(bool search = true)
    {
        _services.Dispose();
        _services = Build(search);
    }

    /// <summary>Runs the hosted start-up step of the search feature, as the bot does before polling starts.</summary>
    public Task StartSearchAsync() =>
        Get<SearchStartup>().StartAsync(CancellationToken.None);

    public SearchResults Search(string query, int limit = 100, int offset = 0, DateTimeOffset? since = null) =>
        Get<SearchService>().Search(
            new SearchRequest(SearchQuery.Parse(query)) { Limit = limit, Offset = offset, Since = since },
            new LineProgress(ProgressLines));

    /// <summary>A query as typed into search (free text when it has no syntax), as the search command reads it.</summary>
    public SearchResults Typed(string text, int limit = 10, int offset = 0, DateTimeOffset? since = null, SearchSort? sort = null) =>
        Get<SearchService>().Search(
            new SearchRequest(SearchQuery.ParseSearch(text)) { Limit = limit, Offset = offset, Since = since, Sort = sort },
            new LineProgress(ProgressLines));

    public IReadOnlyList<string> Ids(string query, DateTimeOffset? since = null) =>
        [.. Search(query, since: since).Hits.Select(h => h.Id)];

    /// <summary>Imports recorded source files through the real import path.</summary>
    public async Task ImportAsync(params string[] fixtures)
    {
        foreach (var fixture in fixtures)
        {
            await Get<ImportService>().ImportAsync(
                Fixtures.RecordedPath(fixture), SourceFormat.Auto, notify: false, new LineProgress(ProgressLines), CancellationToken.None);
        }
    }

    public void Dispose()
    {
        _services.Dispose();
        _temp.Dispose();
    }

    private ServiceProvider Build(bool search)
    {
        var config = new Dictionary<string, string?> { ["DigestBot:Storage:DataDirectory"] = DataPath };
        return TestApp.Services(config, o =>
        {
            o.Use<TimeProvider>(Clock);
            if (!search)
            {
                // The store's writes do not reach the index, as in an older digestbot (or a crash between the two commits).
                o.Use(sp => new PaperStore(sp.GetRequiredService<Database>(), sp.GetServices<IPaperStoreListener>().Where(l => l is not SearchIndexSync)));
            }
        }).BuildWithStorage();
    }

    /// <summary>Collects progress lines synchronously (System.Progress would post them to the thread pool).</summary>
    private sealed class LineProgress(List<string> lines) : IProgress<string>
    {
        public void Report(string value)
        {
            lock (lines)
            {
                lines.Add(value);
            }
        }
    }
}
