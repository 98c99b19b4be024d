using DigestBot.Commands;
using DigestBot.Papers;
using DigestBot.Tests.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Tests.Support;

/// <summary>
/// The app's services on a temp data folder that holds the real daily papers page, the clock at
/// <see cref="SearchHarness.Now"/>: commands run through the dispatcher (its option checks, cooldowns and handlers) as
/// the CLI or Discord runs them.
/// </summary>
public sealed class DailyPageApp : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly ServiceProvider _services;

    public DailyPageApp()
    {
        var config = new Dictionary<string, string?> { ["DigestBot:Storage:DataDirectory"] = _temp.Combine("data") };
        _services = TestApp.Services(config, o => o.Use<TimeProvider>(new FakeTimeProvider(SearchHarness.Now))).BuildWithStorage();
        Get<PaperStore>().UpsertBatch(DailyPapersPage.Papers(SearchHarness.Now));
    }

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Runs a command with these option values, from the CLI unless another origin is given.</summary>
    public Task<Reply> DispatchAsync(string command, IReadOnlyDictionary<string, object> options, CommandOrigin? origin = null) =>
        Get<CommandDispatcher>().DispatchAsync(command, options, origin ?? CommandOrigin.Cli, CancellationToken.None);

    public void Dispose()
    {
        _services.Dispose();
        _temp.Dispose();
    }
}
