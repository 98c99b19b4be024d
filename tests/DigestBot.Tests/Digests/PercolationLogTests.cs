using DigestBot.Papers;
using DigestBot.Tests.Support;
using DigestBot.Watches;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DigestBot.Tests.Digests;

/// <summary>The line each percolation logs reads as English: one paper, one delivery, one channel in the singular.</summary>
public sealed class PercolationLogTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly LogLines _log = new();
    private readonly ServiceProvider _services;

    public PercolationLogTests()
    {
        _services = TestApp.Services(new Dictionary<string, string?> { ["DigestBot:Storage:DataDirectory"] = _temp.Combine("data") })
            .AddLogging(b => b.AddProvider(_log))
            .BuildWithStorage();
    }

    public void Dispose()
    {
        _services.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public void One_paper_to_one_channel_is_logged_in_the_singular_and_more_in_the_plural()
    {
        var watches = _services.GetRequiredService<WatchStore>();
        watches.Add(7, 500, "cat:cs.LG", null, 1);
        Percolate("2611.00001");
        watches.Add(7, 501, "cat:cs.AI", null, 1);
        Percolate("2611.00002", "2611.00003");

        Assert.Equal(
            ["Percolated 1 paper: 1 delivery to 1 channel", "Percolated 2 papers: 4 deliveries to 2 channels"],
            _log.Lines.Where(l => l.Message.StartsWith("Percolated ", StringComparison.Ordinal)).Select(l => l.Message));
    }

    private void Percolate(params string[] ids)
    {
        var store = _services.GetRequiredService<PaperStore>();
        store.UpsertBatch([.. ids.Select(id => TestPapers.Arxiv(id))], (_, _) => true);
        _services.GetRequiredService<Percolator>().PercolatePending(store);
    }
}
