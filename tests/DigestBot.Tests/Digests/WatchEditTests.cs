using DigestBot.Commands;
using DigestBot.Digests;
using DigestBot.Papers;
using DigestBot.Sources;
using DigestBot.Tests.Support;
using DigestBot.Watches;

namespace DigestBot.Tests.Digests;

/// <summary><c>watch edit</c> through the command pipeline, on a real LiteDB, with percolation after each batch.</summary>
public sealed class WatchEditTests : IDisposable
{
    private const ulong Channel = 7;
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);
    private readonly DigestsHarness _bot = new(Now);

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task A_new_query_matches_from_then_on_and_the_watch_keeps_its_number_pause_and_waiting_papers()
    {
        var norms = Watch("norms", "normalization");
        Watch("cache", "cache");
        Ingest(Paper("2411.00001", "Mix-LN: layer normalization revisited"));
        await RunAsync("watch pause", norms.Id);

        var edited = await RunAsync("watch edit", norms.Id, ("query", "quantization OR pruning"));
        await RunAsync("watch resume", norms.Id);
        Ingest(Paper("2411.00002", "A survey of normalization layers"), Paper("2411.00003", "Pruning vision transformers"));

        Assert.Equal(ReplyKind.Ok, edited.Kind);
        Assert.Equal(
            $"Watch {norms.Id} \"norms\" now matches `quantization OR pruning` (was `normalization`). Papers already waiting for the next digest stay in it. " +
            $"It is paused: watch resume {norms.Id} to match new papers.",
            edited.Text);
        Assert.StartsWith("Would have matched", Assert.Single(edited.Cards).Title, StringComparison.Ordinal);
        var stored = _bot.Get<WatchStore>().ForChannel(Channel).Single(w => w.Id == norms.Id);
        Assert.Equal(("norms", "quantization OR pruning", norms.CreatedAt), (stored.Name, stored.Query, stored.CreatedAt));
        var pending = _bot.Get<Outbox>().Pending(Channel).ToDictionary(d => d.PaperId);
        Assert.Equal(["2411.00001", "2411.00003"], pending.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["norms"], pending["2411.00003"].WatchNames);
    }

    [Fact]
    public async Task A_name_that_was_its_querys_default_follows_the_new_query_and_a_given_name_wins()
    {
        var byQuery = Watch(name: null, "agent OR agents");
        var about = Watch(name: null, "about:\"making agents safer\"");

        var followed = await RunAsync("watch edit", byQuery.Id, ("query", "agent OR agents OR multi-agent"));
        var aboutFollowed = await RunAsync("watch edit", about.Id, ("about", "safe tool use"));
        var named = await RunAsync("watch edit", byQuery.Id, ("query", "agentic"), ("name", "Agents"));

        var watches = _bot.Get<WatchStore>().ForChannel(Channel).ToDictionary(w => w.Id);
        Assert.StartsWith($"Watch {byQuery.Id} \"agent OR agents OR multi-agent\" now matches", followed.Text, StringComparison.Ordinal);
        Assert.Equal(("safe tool use", "about:\"safe tool use\""), (watches[about.Id].Name, watches[about.Id].Query));
        Assert.Equal(ReplyKind.Ok, aboutFollowed.Kind);
        Assert.Equal(("Agents", "agentic"), (watches[byQuery.Id].Name, watches[byQuery.Id].Query));
        Assert.EndsWith(", renamed from \"agent OR agents OR multi-agent\". Papers already waiting for the next digest stay in it.", named.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rename_alone_keeps_the_query_and_the_papers_it_matched_carry_the_new_name()
    {
        var norms = Watch("norms", "normalization");
        Ingest(Paper("2411.00001", "Mix-LN: layer normalization revisited"));

        var renamed = await RunAsync("watch edit", norms.Id, ("name", "Layer norms"));

        Assert.Equal((ReplyKind.Ok, $"Watch {norms.Id} renamed \"Layer norms\" (was \"norms\")."), (renamed.Kind, renamed.Text));
        Assert.Empty(renamed.Cards);
        Assert.Equal("normalization", Assert.Single(_bot.Get<WatchStore>().ForChannel(Channel)).Query);
        Assert.Equal(["Layer norms"], Assert.Single(_bot.Get<Outbox>().Pending(Channel)).WatchNames);
    }

    [Fact]
    public void A_rename_reaches_the_channels_sent_deliveries_that_the_dashboard_counts_and_no_other_channels()
    {
        var outbox = _bot.Get<Outbox>();
        outbox.AddPending([Sent(Channel, "2411.00009", "norms", "layer norms"), Sent(8, "2411.00009", "norms")]);

        var changed = outbox.RenameWatch(Channel, "norms", "layer norms");

        Assert.Equal(1, changed);
        Assert.Equal(["layer norms"], outbox.DeliveryOf(Channel, "2411.00009")!.WatchNames);
        Assert.Equal(["norms"], outbox.DeliveryOf(8, "2411.00009")!.WatchNames);
        Assert.Equal(0, outbox.RenameWatch(Channel, "norms", "layer norms"));
    }

    [Fact]
    public async Task Each_refusal_is_one_line_and_changes_nothing()
    {
        var norms = Watch("norms", "normalization");
        Watch("cache", "cache");
        var elsewhere = _bot.Get<WatchStore>().Add(0, 8, "pruning", "other channel", 1);

        var refusals = new[]
        {
            await RunAsync("watch edit", norms.Id),
            await RunAsync("watch edit", norms.Id, ("query", "ti:(")),
            await RunAsync("watch edit", norms.Id, ("query", "cache")),
            await RunAsync("watch edit", norms.Id, ("name", "Cache")),
            await RunAsync("watch edit", norms.Id, ("query", "normalization")),
            await RunAsync("watch edit", norms.Id, ("name", new string('n', DigestBot.Watches.Watch.MaxNameLength + 1))),
            await RunAsync("watch edit", elsewhere.Id, ("query", "quantization")),
            await RunAsync("watch edit", 99, ("query", "quantization")),
        };

        Assert.All(refusals, r => Assert.Equal(ReplyKind.Invalid, r.Kind));
        Assert.Equal(
            [
                "watch edit: give a new query, --about \"text\" or --name",
                "watch: unbalanced parentheses: a '(' is never closed",
                $"watch: watch {norms.Id + 1} (\"cache\") already has this query in this channel",
                $"watch: watch {norms.Id + 1} in this channel is already named \"cache\"; give this one another name",
                $"watch: watch {norms.Id} already has this query; nothing changed",
                $"watch: the name has {DigestBot.Watches.Watch.MaxNameLength + 1} characters; the limit is {DigestBot.Watches.Watch.MaxNameLength}",
                $"watch: this channel has no watch {elsewhere.Id} (see watch list)",
                "watch: this channel has no watch 99 (see watch list)",
            ],
            refusals.Select(r => r.Text));
        Assert.Equal([("norms", "normalization"), ("cache", "cache")], _bot.Get<WatchStore>().ForChannel(Channel).Select(w => (w.Name, w.Query)));
        Assert.Equal("pruning", Assert.Single(_bot.Get<WatchStore>().ForChannel(8)).Query);
    }

    [Fact]
    public void Edit_changes_a_channels_setup_so_it_needs_Manage_Channels_and_is_offered_in_Discord()
    {
        Assert.True(WatchEditCommand.Definition.RequiresManageChannels);
        Assert.False(WatchEditCommand.Definition.LocalOnly);
        Assert.Equal(["watch", "query", "about", "name", "channel"], WatchEditCommand.Definition.Options.Select(o => o.Name));
    }

    private DigestBot.Watches.Watch Watch(string? name, string query) => _bot.Get<WatchStore>().Add(0, Channel, query, name, createdBy: 1);

    private Task<Reply> RunAsync(string command, int watch, params (string Name, string Value)[] given)
    {
        var options = new Dictionary<string, object> { ["channel"] = (long)Channel, ["watch"] = (long)watch };
        foreach (var (name, value) in given)
        {
            options[name] = value;
        }

        return _bot.Get<CommandDispatcher>().DispatchAsync(command, options, CommandOrigin.Cli, CancellationToken.None);
    }

    private static Delivery Sent(ulong channel, string paper, params string[] watches) => new()
    {
        Id = Delivery.KeyOf(channel, paper),
        ChannelId = channel,
        PaperId = paper,
        WatchNames = watches,
        CreatedAt = Now,
        DigestId = "digest-1",
        SentAt = Now,
    };

    private void Ingest(params SourceItem[] items) => _bot.Get<PaperIngestor>().Store(items, 0, announceNew: true);

    private static SourceItem Paper(string id, string title) => TestPapers.Announced(id, title, Now);
}
