using DigestBot.Commands;
using DigestBot.Digests;
using DigestBot.Papers;
using DigestBot.Sources;
using DigestBot.Tests.Support;
using DigestBot.Watches;

namespace DigestBot.Tests.Digests;

/// <summary><c>watch pause ID</c> and <c>watch resume ID</c> through the command pipeline, on a real LiteDB, with percolation after each.</summary>
public sealed class WatchPauseTests : IDisposable
{
    private const ulong Channel = 7;
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);
    private readonly DigestsHarness _bot = new(Now);

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task A_paused_watch_matches_no_new_paper_until_resumed_and_the_others_keep_matching()
    {
        var norms = Watch("norms", "normalization");
        Watch("cache", "cache");

        var paused = await RunAsync("watch pause", norms.Id);
        Ingest(Paper("2411.00001", "Mix-LN: layer normalization revisited"), Paper("2411.00003", "Compressing the KV cache"));
        var listed = await RunAsync("watch list");
        var resumed = await RunAsync("watch resume", norms.Id);
        Ingest(Paper("2411.00002", "A survey of normalization layers"));

        Assert.Equal(ReplyKind.Ok, paused.Kind);
        Assert.Contains($"Watch {norms.Id} paused", paused.Text, StringComparison.Ordinal);
        Assert.Contains($"{norms.Id}. norms (paused)", string.Join('\n', listed.Cards.SelectMany(c => c.Fields).Select(f => f.Name)), StringComparison.Ordinal);
        Assert.Equal(ReplyKind.Ok, resumed.Kind);
        var pending = _bot.Get<Outbox>().Pending(Channel).ToDictionary(d => d.PaperId);
        Assert.Equal(["2411.00002", "2411.00003"], pending.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["norms"], pending["2411.00002"].WatchNames);
        Assert.Equal(["cache"], pending["2411.00003"].WatchNames);
    }

    [Fact]
    public async Task Pausing_a_watch_of_another_channel_or_none_is_one_line_and_changes_nothing()
    {
        var elsewhere = _bot.Get<WatchStore>().Add(0, 8, "cache", "other channel", 1);

        var other = await RunAsync("watch pause", elsewhere.Id);
        var none = await RunAsync("watch resume", 99);

        Assert.Equal((ReplyKind.Invalid, $"watch: this channel has no watch {elsewhere.Id} (see watch list)"), (other.Kind, other.Text));
        Assert.Equal((ReplyKind.Invalid, "watch: this channel has no watch 99 (see watch list)"), (none.Kind, none.Text));
        Assert.False(Assert.Single(_bot.Get<WatchStore>().ForChannel(8)).Muted);
    }

    [Fact]
    public async Task Schedule_show_counts_the_papers_pending_in_the_singular_and_the_plural()
    {
        Watch("cache", "cache");

        Ingest(Paper("2411.00003", "Compressing the KV cache"));
        var one = await RunAsync("schedule show");
        Ingest(Paper("2411.00004", "A cache for retrieval"));
        var two = await RunAsync("schedule show");

        Assert.Contains("Active. 1 paper pending.", one.Text, StringComparison.Ordinal);
        Assert.Contains("Active. 2 papers pending.", two.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pause_and_resume_change_a_channels_setup_so_they_need_Manage_Channels_like_remove()
    {
        Assert.True(WatchPauseCommand.Definition.RequiresManageChannels);
        Assert.True(WatchResumeCommand.Definition.RequiresManageChannels);
        Assert.False(WatchPauseCommand.Definition.LocalOnly);
    }

    private Watch Watch(string name, string query) => _bot.Get<WatchStore>().Add(0, Channel, query, name, createdBy: 1);

    private Task<Reply> RunAsync(string command, int? watch = null)
    {
        var options = new Dictionary<string, object> { ["channel"] = (long)Channel };
        if (watch is { } id)
        {
            options["watch"] = (long)id;
        }

        return _bot.Get<CommandDispatcher>().DispatchAsync(command, options, CommandOrigin.Cli, CancellationToken.None);
    }

    private void Ingest(params SourceItem[] items) => _bot.Get<PaperIngestor>().Store(items, 0, announceNew: true);

    private static SourceItem Paper(string id, string title) => TestPapers.Announced(id, title, Now);
}
