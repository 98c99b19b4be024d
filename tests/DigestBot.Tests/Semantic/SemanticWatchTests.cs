using DigestBot.Commands;
using DigestBot.Digests;
using DigestBot.Papers;
using DigestBot.Sources;
using DigestBot.Watches;

namespace DigestBot.Tests.Semantic;

[Collection(SemanticModelCollection.Name)]
public sealed class SemanticWatchTests : IDisposable
{
    private const ulong Channel = 7;

    // HAWQ: Hessian AWare Quantization of Neural Networks with Mixed-Precision (page paper 65).
    private const string Hawq = "2501.90065";

    private readonly SemanticHarness _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public void A_like_watch_matches_a_new_paper_on_its_topic_and_not_an_unrelated_one_and_the_digest_says_why()
    {
        Watch("quantization", $"like:{Hawq}");

        Announce(OnTopic("2502.00001", "cs.LG"), Unrelated("2502.00002"));
        Assert.Empty(_bot.Get<Outbox>().Pending(Channel)); // semantic watches wait for the vectors

        _bot.EmbedQueue();
        _bot.Get<SemanticPercolator>().Embedded();

        var delivery = Assert.Single(_bot.Get<Outbox>().Pending(Channel));
        Assert.Equal("2502.00001", delivery.PaperId);
        var why = Assert.Single(delivery.MatchedTerms);
        Assert.StartsWith($"close in meaning to {Hawq} “HAWQ: Hessian AWare Quantization", why, StringComparison.Ordinal);
        Assert.Matches(@"\(similarity 0\.\d\d\)$", why);
        var digest = _bot.Get<DigestService>().Preview(Channel)!;
        var field = digest.Chunks.SelectMany(c => c.Cards).SelectMany(c => c.Fields).Single(f => f.Name == "Why");
        Assert.Contains("quantization — matched close in meaning to 2501.90065", ReplyMarkup.Unescape(field.Value), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_about_watch_combined_with_a_category_needs_both_and_keyword_watches_do_not_wait()
    {
        var reply = await _bot.RunAsync<WatchAddCommand>(
            WatchAddCommand.Definition, ("about", "shrinking neural networks by storing weights in fewer bits"), ("query", "cat:cs.LG"), ("name", "low-bit"), ("channel", (long)Channel));
        Assert.Contains("added", reply.Text, StringComparison.Ordinal);
        Watch("dance", "dance");
        var watch = _bot.Get<WatchStore>().ForChannel(Channel).Single(w => w.Name == "low-bit");
        Assert.Equal("about:\"shrinking neural networks by storing weights in fewer bits\" AND (cat:cs.LG)", watch.Query);

        Announce(OnTopic("2502.00001", "cs.LG"), OnTopic("2502.00003", "cs.CV"), Unrelated("2502.00002") with { Title = "Dance step generation for robots" });
        Assert.Equal(["dance"], _bot.Get<Outbox>().Pending(Channel).SelectMany(d => d.WatchNames));

        _bot.EmbedQueue();
        _bot.Get<SemanticPercolator>().Embedded();

        var pending = _bot.Get<Outbox>().Pending(Channel).ToDictionary(d => d.PaperId, d => d.WatchNames);
        Assert.Equal(["low-bit"], pending["2502.00001"]);
        Assert.False(pending.ContainsKey("2502.00003"), "a cs.CV paper is outside cat:cs.LG");
        Assert.Equal(["dance"], pending["2502.00002"]);
    }

    [Fact]
    public async Task An_about_watch_without_a_name_is_named_by_its_words_and_a_given_name_is_kept()
    {
        var words = await _bot.RunAsync<WatchAddCommand>(
            WatchAddCommand.Definition, ("about", "making transformers deeper"), ("channel", (long)Channel));
        await _bot.RunAsync<WatchAddCommand>(
            WatchAddCommand.Definition, ("about", "shrinking neural networks"), ("name", "low-bit"), ("channel", (long)Channel));

        Assert.StartsWith("Watch 1 \"making transformers deeper\" added.", words.Text, StringComparison.Ordinal);
        Assert.Equal(
            [("making transformers deeper", "about:\"making transformers deeper\""), ("low-bit", "about:\"shrinking neural networks\"")],
            _bot.Get<WatchStore>().ForChannel(Channel).Select(w => (w.Name, w.Query)));
    }

    [Fact]
    public void Like_refuses_a_paper_that_is_not_stored()
    {
        var refused = Assert.Throws<CommandInputException>(() => Watch("nothing", "like:2409.99999"));

        Assert.Equal("watch: like: 2409.99999 is not stored; import it first, or describe the topic with --about", refused.Message);
    }

    private void Watch(string name, string query) => _bot.Get<WatchStore>().Add(0, Channel, query, name, createdBy: 1);

    private void Announce(params Paper[] papers) =>
        _bot.Get<PaperIngestor>().Store([.. papers.Select(p => new SourceItem { Paper = p, AnnounceType = AnnounceType.New, AnnouncedAt = SemanticHarness.Now })], 0, announceNew: true);

    /// <summary>A new paper on low-precision quantization (text written for this test).</summary>
    private static Paper OnTopic(string id, string category) => New(id, category) with
    {
        Title = "Low-bit integer quantization of network weights for efficient inference",
        Abstract = "Deploying large neural networks on phones requires shrinking their memory footprint. We quantize weights and activations to 4-bit and 2-bit integers, choosing the bit width of each layer from its sensitivity to quantization noise, and recover accuracy with a short fine-tuning step. On ImageNet the compressed models lose less than one point of top-1 accuracy while running three times faster.",
    };

    /// <summary>A new paper on something else entirely (text written for this test).</summary>
    private static Paper Unrelated(string id) => New(id, "astro-ph.EP") with
    {
        Title = "Seasonal methane cycles on Titan from ground-based spectroscopy",
        Abstract = "We report a decade of near-infrared spectra of Titan taken from Mauna Kea, tracing how methane clouds and surface liquids change with the seasons. Cloud activity moved from the south pole to northern mid-latitudes after the equinox, and the lake margins darkened, pointing to rainfall on the northern seas.",
    };

    private static Paper New(string id, string category) => new()
    {
        Id = id,
        Version = 1,
        Categories = [category],
        Published = SemanticHarness.Now,
        FirstSeen = SemanticHarness.Now,
        Sources = [new SourceRecord("arxiv", id, SemanticHarness.Now)],
    };
}
