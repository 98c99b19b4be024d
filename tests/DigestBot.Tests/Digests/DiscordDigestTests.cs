using DigestBot.Digests;
using DigestBot.DiscordBot;
using DigestBot.FakeDiscord;
using DigestBot.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Tests.Digests;

/// <summary>Digests posted through the real Discord client to the fake Discord (which honours nonces and validates payloads).</summary>
public sealed class DiscordDigestTests : IAsyncLifetime
{
    private const string Token = "digest-test-token";
    private const ulong Channel = 500;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero));
    private FakeDiscordServer _fake = null!;
    private DigestsHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { Token = Token, Time = _clock });
        _bot = new DigestsHarness(
            _clock.GetUtcNow(),
            recordPosts: false,
            ("DigestBot:Discord:Mode", "Gateway"),
            ("DigestBot:Discord:Token", Token),
            ("DigestBot:Discord:ApiBaseUrl", _fake.ApiBaseUrl.ToString()),
            ("DigestBot:Digests:MaxPapersPerMessage", "2"));
    }

    public async Task DisposeAsync()
    {
        _bot.Dispose();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task A_digest_posts_its_first_message_in_the_channel_and_the_overflow_in_a_thread_under_it()
    {
        _bot.Owe(Channel, "2411.00001", "2411.00002", "2411.00003", "2411.00004", "2411.00005");

        var digest = Assert.Single(await Run());

        var first = ulong.Parse(digest.Chunks[0].MessageId!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Single(_fake.Channels.Messages(Channel));
        Assert.Equal(2, _fake.Channels.Messages(first).Count);
        Assert.All(digest.Chunks, c => Assert.NotNull(c.SentAt));
        Assert.Equal(0, _bot.Get<Outbox>().PendingCount(Channel));
    }

    [Fact]
    public async Task A_journal_paper_known_by_its_doi_posts_its_link_as_DOI_and_the_embed_title_links_to_it()
    {
        const string Doi = "https://doi.org/10.1000/journal.42";
        _bot.Get<DigestBot.Papers.PaperStore>().Upsert(TestPapers.Arxiv("2411.00001") with
        {
            Id = "doi:10.1000/journal.42",
            Dois = ["10.1000/journal.42"],
            Links = new DigestBot.Papers.PaperLinks { Abs = Doi },
        });
        _bot.Get<Outbox>().AddPending([new Delivery
        {
            Id = Delivery.KeyOf(Channel, "doi:10.1000/journal.42"),
            ChannelId = Channel,
            PaperId = "doi:10.1000/journal.42",
            WatchNames = ["norms"],
            MatchedTerms = ["normalization"],
            CreatedAt = _clock.GetUtcNow(),
        }]);

        await Run();

        var embed = Assert.Single(Assert.Single(_fake.Channels.Messages(Channel))["embeds"]!.AsArray())!;
        Assert.Equal(Doi, embed["url"]!.GetValue<string>());
        var links = embed["fields"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == "Links")!;
        Assert.Equal($"[DOI]({Doi})", links["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_paper_whose_title_and_abstract_carry_tex_is_posted_with_them_as_readable_text()
    {
        _bot.Get<DigestBot.Papers.PaperStore>().UpsertBatch(TexPapers.All(_clock.GetUtcNow()));
        _bot.Get<Outbox>().AddPending([new Delivery
        {
            Id = Delivery.KeyOf(Channel, TexPapers.Spending),
            ChannelId = Channel,
            PaperId = TexPapers.Spending,
            WatchNames = ["rotations"],
            MatchedTerms = ["rotations"],
            CreatedAt = _clock.GetUtcNow(),
        }]);

        await Run();

        var embed = Assert.Single(Assert.Single(_fake.Channels.Messages(Channel))["embeds"]!.AsArray())!;
        Assert.Equal(TexPapers.SpendingTitleReadable, embed["title"]!.GetValue<string>());

        // The TL;DR, escaped for Discord after it was made readable: "h: Z" is "h\: Z" there.
        Assert.Equal(
            "We study the rotations SO(n) acting on ℝⁿ and a map h\\: Z → X × Y learned in 𝒪(n²) time, at $5 a run.",
            embed["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task Every_overflow_part_goes_to_the_thread_made_once_for_the_digest_and_remembered_with_it()
    {
        _bot.Owe(Channel, "2411.00001", "2411.00002", "2411.00003", "2411.00004", "2411.00005", "2411.00006", "2411.00007");

        var digest = Assert.Single(await Run());

        var thread = Assert.Single(_fake.Requests, r => r.Route == "POST /channels/{channel_id}/messages/{message_id}/threads");
        Assert.InRange(thread.Status, 200, 201);
        Assert.Equal(digest.Chunks[0].MessageId, _bot.Get<Outbox>().Find(digest.Id)!.OverflowTo);
        Assert.Equal(3, _fake.Channels.Messages(ulong.Parse(digest.Chunks[0].MessageId!, System.Globalization.CultureInfo.InvariantCulture)).Count);
        Assert.DoesNotContain(_fake.Requests, r => r.ErrorCode == DiscordErrorCodes.ThreadAlreadyExists);
    }

    [Fact]
    public async Task After_a_restart_the_rest_of_the_overflow_goes_straight_to_the_thread_remembered_with_the_digest()
    {
        _bot.Owe(Channel, "2411.00001", "2411.00002", "2411.00003", "2411.00004", "2411.00005");
        var outbox = _bot.Get<Outbox>();
        var digest = Compose();
        var first = await Poster().PostAsync(Channel, digest, digest.Chunks[0], null, CancellationToken.None);
        outbox.MarkSent(digest.Id, 0, first, _clock.GetUtcNow());
        outbox.MarkSent(digest.Id, 1, await Poster().PostAsync(Channel, digest, digest.Chunks[1], first, CancellationToken.None), _clock.GetUtcNow());
        var threads = _fake.Requests.Count(r => r.Route == "POST /channels/{channel_id}/messages/{message_id}/threads");

        // A new process: nothing in memory, only what the outbox stored.
        var restarted = new DiscordChannelPoster(
            _bot.Get<DiscordChannels>(),
            new DigestThreads(_bot.Get<DiscordChannels>(), outbox, _bot.Get<IOptions<DiscordOptions>>()),
            _bot.Get<IOptions<DiscordOptions>>(),
            _clock,
            NullLogger<DiscordChannelPoster>.Instance);
        var stored = outbox.Find(digest.Id)!;
        await restarted.PostAsync(Channel, stored, stored.Chunks[2], first, CancellationToken.None);

        Assert.Equal(1, threads);
        Assert.Equal(1, _fake.Requests.Count(r => r.Route == "POST /channels/{channel_id}/messages/{message_id}/threads"));
        Assert.Equal(2, _fake.Channels.Messages(ulong.Parse(first, System.Globalization.CultureInfo.InvariantCulture)).Count);
        Assert.Single(_fake.Channels.Messages(Channel));
    }

    [Fact]
    public async Task Where_threads_cannot_be_made_the_overflow_follows_in_the_channel()
    {
        _fake.Channels.NoThreads[Channel] = true;
        _bot.Owe(Channel, "2411.00001", "2411.00002", "2411.00003");

        await Run();

        Assert.Equal(2, _fake.Channels.Messages(Channel).Count);
    }

    [Fact]
    public async Task A_chunk_sent_before_a_crash_is_not_posted_again_inside_or_beyond_the_nonce_window()
    {
        _bot.Owe(Channel, "2411.00001");
        var digest = Compose();

        // The chunk reaches Discord, then the bot dies before marking it sent; it is retried twice.
        await Poster().PostAsync(Channel, digest, digest.Chunks[0], null, CancellationToken.None);
        await Run();
        var insideWindow = _fake.Channels.Messages(Channel).Count;
        _bot.Owe(Channel, "2411.00002");
        var second = Compose();
        await Poster().PostAsync(Channel, second, second.Chunks[0], null, CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(10));
        _bot.Clock.Advance(TimeSpan.FromMinutes(10));
        await Run();

        Assert.Equal(1, insideWindow);
        Assert.Equal(2, _fake.Channels.Messages(Channel).Count);
        Assert.Equal(0, _bot.Get<Outbox>().PendingCount(Channel));
        Assert.Null(_bot.Get<Outbox>().Unfinished(Channel));
    }

    [Fact]
    public async Task A_channel_the_bot_cannot_see_is_paused_with_the_reason()
    {
        _fake.Channels.NoAccess[Channel] = true;
        _bot.Owe(Channel, "2411.00001");

        await Run();

        var channel = _bot.Get<ChannelStore>().Get(Channel);
        Assert.True(channel.Paused);
        Assert.Contains("50001", channel.PausedReason, StringComparison.Ordinal);
    }

    private IChannelPoster Poster() => _bot.Get<IChannelPoster>();

    /// <summary>Stores a digest as the service would, marking its first attempt, without sending it.</summary>
    private DigestRecord Compose()
    {
        var outbox = _bot.Get<Outbox>();
        var digest = _bot.Get<DigestComposer>().Compose(Channel, outbox.Pending(Channel), _clock.GetUtcNow(), null);
        outbox.Create(digest);
        outbox.MarkAttempt(digest.Id, 0, _clock.GetUtcNow());
        return outbox.Find(digest.Id)!;
    }

    private Task<IReadOnlyList<DigestRecord>> Run() => _bot.Get<DigestService>().RunAsync(Channel, CancellationToken.None);
}
