using DigestBot.Digests;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Digests;

public sealed class DigestServiceTests : IDisposable
{
    private const ulong Channel = 42;
    private readonly DigestsHarness _bot = new(new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero), ("DigestBot:Digests:MaxPapersPerMessage", "2"));

    public void Dispose() => _bot.Dispose();

    private DigestService Digests => _bot.Get<DigestService>();

    private Outbox Outbox => _bot.Get<Outbox>();

    [Fact]
    public async Task Pending_papers_are_sent_in_chunks_with_overflow_under_the_first_message_and_then_nothing_is_pending()
    {
        _bot.Owe(Channel, "2411.00001", "2411.00002", "2411.00003", "2411.00004", "2411.00005");

        var sent = await Digests.RunAsync(Channel, CancellationToken.None);
        var again = await Digests.RunAsync(Channel, CancellationToken.None);

        var digest = Assert.Single(sent);
        Assert.Equal([2, 2, 1], _bot.Poster.Messages.Select(m => m.Cards));
        Assert.Equal([null, "m1", "m1"], _bot.Poster.Messages.Select(m => m.Parent));
        Assert.StartsWith("📚 5 new papers", _bot.Poster.Messages[0].Text, StringComparison.Ordinal);
        Assert.Contains($"-# digest {digest.Id} · part 3/3", _bot.Poster.Messages[2].Text, StringComparison.Ordinal);
        Assert.True(digest.Complete);
        Assert.Empty(again);
        Assert.Equal(0, Outbox.PendingCount(Channel));
        Assert.Equal(_bot.Clock.GetUtcNow(), _bot.Get<ChannelStore>().Get(Channel).LastDigestAt);
    }

    [Fact]
    public async Task Papers_matched_together_are_posted_in_paper_id_order_whatever_order_they_were_queued_in()
    {
        _bot.Owe(Channel, "2411.00005", "2411.00001", "2411.00003");

        await Digests.RunAsync(Channel, CancellationToken.None);

        Assert.Equal(
            ["2411.00001", "2411.00003", "2411.00005"],
            _bot.Get<Outbox>().Find(DigestBot.Digests.DigestComposer.DigestId(Channel, 1))!.Chunks.SelectMany(c => c.DeliveryIds).Select(id => id.Split(':')[1]));
    }

    [Fact]
    public async Task A_chunk_that_failed_is_resent_unchanged_with_its_nonce_and_nothing_arrives_twice()
    {
        _bot.Owe(Channel, "2411.00001", "2411.00002", "2411.00003");
        var first = await Digests.RunAsync(Channel, CancellationToken.None);
        Assert.Single(first);
        _bot.Owe(Channel, "2411.00004");

        // The next digest's first chunk fails once; the retry sends the same stored chunk.
        _bot.Poster.FailNext = new HttpRequestException("connection reset");
        var failed = await Digests.RunAsync(Channel, CancellationToken.None);
        var afterFailure = _bot.Get<ChannelStore>().Get(Channel);
        var storedNonce = Outbox.Unfinished(Channel)!.Chunks[0].Nonce;
        var retried = await Digests.RunAsync(Channel, CancellationToken.None);

        Assert.Empty(failed);
        Assert.Equal(("HttpRequestException: connection reset", 1), (afterFailure.LastError, afterFailure.ConsecutiveFailures));
        Assert.Single(retried);
        Assert.Equal(storedNonce, _bot.Poster.Messages[^1].Nonce);
        Assert.Equal(3, _bot.Poster.Messages.Count);
        Assert.Equal(0, _bot.Get<ChannelStore>().Get(Channel).ConsecutiveFailures);
    }

    [Fact]
    public async Task A_channel_the_bot_cannot_post_to_is_paused_with_the_reason_and_keeps_its_papers()
    {
        _bot.Owe(Channel, "2411.00001");
        _bot.Poster.FailNext = new ChannelUnavailableException("Missing Access (50001)");

        await Digests.RunAsync(Channel, CancellationToken.None);

        var channel = _bot.Get<ChannelStore>().Get(Channel);
        Assert.True(channel.Paused);
        Assert.Equal("Missing Access (50001)", channel.PausedReason);
        Assert.NotNull(Outbox.Unfinished(Channel));
    }

    [Fact]
    public async Task Repeated_transient_failures_pause_the_channel_after_the_configured_count()
    {
        using var bot = new DigestsHarness(_bot.Clock.GetUtcNow(), ("DigestBot:Digests:PauseAfterFailures", "2"));
        bot.Owe(Channel, "2411.00001");

        bot.Poster.FailNext = new HttpRequestException("503");
        await bot.Get<DigestService>().RunAsync(Channel, CancellationToken.None);
        var afterOne = bot.Get<ChannelStore>().Get(Channel).Paused;
        bot.Poster.FailNext = new HttpRequestException("503");
        await bot.Get<DigestService>().RunAsync(Channel, CancellationToken.None);

        Assert.False(afterOne);
        Assert.True(bot.Get<ChannelStore>().Get(Channel).Paused);
    }

    [Fact]
    public void A_dry_run_shows_the_digest_and_changes_nothing()
    {
        _bot.Owe(Channel, "2411.00001", "2411.00002");

        var preview = Digests.Preview(Channel);

        Assert.Equal(2, preview!.Chunks.Sum(c => c.Cards.Count));
        Assert.Equal(2, Outbox.PendingCount(Channel));
        Assert.Null(Outbox.Unfinished(Channel));
        Assert.Empty(_bot.Poster.Messages);
    }

    [Fact]
    public async Task A_digest_run_for_a_channel_nobody_set_up_leaves_no_channel_behind_and_one_that_exists_records_its_run()
    {
        var none = await Digests.RunAsync(556, CancellationToken.None);
        _bot.Owe(Channel, "2411.00001");
        await Digests.RunAsync(Channel, CancellationToken.None);
        await Digests.RunAsync(Channel, CancellationToken.None);

        Assert.Empty(none);
        var channels = _bot.Get<ChannelStore>();
        Assert.False(channels.Exists(556));
        Assert.DoesNotContain(channels.All(), c => c.Id == 556);
        Assert.True(channels.Exists(Channel));
        Assert.NotNull(channels.Get(Channel).LastRun);
    }

    [Fact]
    public void Nonces_are_deterministic_per_channel_digest_and_chunk_and_fit_discord()
    {
        var a = DigestComposer.Nonce(42, "42-1", 0);

        Assert.Equal(a, DigestComposer.Nonce(42, "42-1", 0));
        Assert.NotEqual(a, DigestComposer.Nonce(42, "42-1", 1));
        Assert.NotEqual(a, DigestComposer.Nonce(43, "42-1", 0));
        Assert.True(a.Length <= 25);
    }

    [Fact]
    public void A_digest_is_headed_by_the_themes_its_papers_share()
    {
        var papers = new (string Id, string Title, string Abstract)[]
        {
            ("2411.10001", "Compressing the KV cache for long contexts", "We compress the KV cache of large language models. The KV cache dominates memory."),
            ("2411.10002", "KV cache eviction with attention scores", "Our KV cache eviction keeps the tokens attention needs. The KV cache shrinks fourfold."),
            ("2411.10003", "Layer normalization in deep transformers", "We study layer normalization in deep networks. Layer normalization placement matters."),
            ("2411.10004", "Rethinking layer normalization", "Layer normalization is revisited. We show layer normalization can be simplified."),
        };
        _bot.Get<DigestBot.Papers.PaperStore>().UpsertBatch([.. papers.Select(p => TestPapers.Arxiv(p.Id) with { Title = p.Title, Abstract = p.Abstract })]);
        var deliveries = papers.Select(p => new Delivery { Id = Delivery.KeyOf(Channel, p.Id), ChannelId = Channel, PaperId = p.Id }).ToList();

        var digest = _bot.Get<DigestComposer>().Compose(Channel, deliveries, _bot.Clock.GetUtcNow(), null);

        var header = digest.Chunks[0].Text!;
        Assert.Contains("themes today:", header, StringComparison.Ordinal);
        Assert.Contains("cache", header, StringComparison.Ordinal);
        Assert.Contains("normalization", header, StringComparison.OrdinalIgnoreCase);
    }
}
