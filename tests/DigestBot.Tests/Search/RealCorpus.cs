using DigestBot.Tests.Sources;

namespace DigestBot.Tests.Search;

/// <summary>
/// One index shared by the relevance tests (they only read it): every recorded source fixture imported through
/// the real import path, plus the titles and abstracts of the real daily papers page.
/// </summary>
public sealed class RealCorpus : IAsyncLifetime
{
    public SearchHarness Harness { get; } = new();

    public async Task InitializeAsync()
    {
        var recorded = Directory.GetFiles(Fixtures.RecordedPath("."))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(f => f.EndsWith(".xml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
        await Harness.ImportAsync(recorded);
        Harness.Papers.UpsertBatch(DailyPapersPage.Papers(SearchHarness.Now));
    }

    public Task DisposeAsync()
    {
        Harness.Dispose();
        return Task.CompletedTask;
    }
}
