using DigestBot.Commands;
using DigestBot.Papers;
using DigestBot.Sources;
using DigestBot.Tests.Sources;
using DigestBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Tests.Summaries;

/// <summary>
/// <c>summary --topic</c> and <c>summary ID</c> on the data README.md's quick start imports (the recorded Hugging Face
/// page and arXiv listing that samples/ holds): theme labels and key phrases are noun phrases, not the verbs and bare
/// adjectives those abstracts are full of.
/// </summary>
public sealed class SampleTopicTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly ServiceProvider _services;

    public SampleTopicTests()
    {
        var config = new Dictionary<string, string?> { ["DigestBot:Storage:DataDirectory"] = _temp.Combine("data") };
        _services = TestApp.Services(config, o => o.Use<TimeProvider>(new FakeTimeProvider(Fixtures.SeenAt))).BuildWithStorage();
        var store = _services.GetRequiredService<PaperStore>();
        var hf = HfDailyPapersParser.Parse(Fixtures.Recorded("hf_daily_papers_2026-06-12_latest_limit30.json"), Fixtures.SeenAt).Items;
        var arxiv = ArxivListingParser.Parse(Fixtures.Recorded("arxiv_rss_2026-04-27_cs.AI_trimmed_3_items.xml"), Fixtures.SeenAt).Items;
        store.UpsertBatch([.. hf.Concat(arxiv).Select(i => i.Paper)]);
    }

    public void Dispose()
    {
        _services.Dispose();
        _temp.Dispose();
    }

    // Each weak label is one the overview used to print for that topic.
    [Theory]
    [InlineData("representation", "complete")] // "reliance on complete token sets" and "the agent completes"
    [InlineData("representation", "multimodal")]
    [InlineData("language models", "medical")] // "multimodal medical reasoning", "medical queries"
    [InlineData("multimodal", "multimodal")]
    [InlineData("image", "medical")]
    public async Task No_theme_of_the_samples_is_named_by_a_bare_adjective_or_verb(string topic, string weak)
    {
        var reply = await DispatchAsync("topic", topic);

        var labels = reply.Cards.Select(c => c.Title[..c.Title.IndexOf(" · ", StringComparison.Ordinal)]).ToList();
        Assert.NotEmpty(labels);
        Assert.DoesNotContain(weak, labels, StringComparer.OrdinalIgnoreCase);
    }

    // Words any abstract may say in passing: "session context" and "primed by context" met "tasks and contexts";
    // "short summaries" of a web page met the "Summary Agents" of a multi-agent framework.
    [Theory]
    [InlineData("training", "context")]
    [InlineData("efficient", "summaries")]
    public async Task No_theme_of_the_samples_is_named_by_a_word_any_abstract_may_use(string topic, string generic)
    {
        var reply = await DispatchAsync("topic", topic);

        var labels = reply.Cards.Select(c => c.Title[..c.Title.IndexOf(" · ", StringComparison.Ordinal)]).ToList();
        Assert.NotEmpty(labels);
        Assert.DoesNotContain(generic, labels, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_topic_that_is_an_authors_name_gathers_their_papers_and_names_a_single_one()
    {
        // A search for a name finds their papers by the authors; the topic's check that each paper says the query's
        // words read titles and abstracts only, so "Kocielnik" had no paper and "Halder" none either.
        var two = await DispatchAsync("topic", "Kocielnik");
        var one = await DispatchAsync("topic", "Halder");

        Assert.StartsWith("1 theme among 2 papers matching \u201CKocielnik\u201D", DiscordPayloads.RenderConsole(two).Output, StringComparison.Ordinal);
        Assert.Equal(
            "Only 1 paper matching \u201CHalder\u201D, and themes need two: 2606.13572 · ArogyaSutra: A Multi-Agent Framework for Multimodal Medical Reasoning in Indic Languages",
            DiscordPayloads.RenderConsole(one).Output.TrimEnd());
    }

    // Each weak phrase is one the paper's summary used to list, from the sentence quoted.
    [Theory]
    [InlineData("2604.21935", "Math Takes")] // "Math Takes Two", a benchmark's name: "Takes" is a verb
    [InlineData("2604.21935", "tests")] // "our benchmark tests whether two agents ..."
    [InlineData("2604.21935", "symbolic")] // "symbolic problems", "a shared symbolic protocol"
    [InlineData("2606.13594", "sees")] // "what one agent sees and how it thinks"
    [InlineData("2606.13594", "thinks")]
    [InlineData("2606.13594", "heterogeneous")] // "Heterogeneous Agents"
    [InlineData("2606.13594", "see")] // "See What I See, Know What I Think"
    [InlineData("2606.13289", "level inside")] // "at the semantic level inside the LLM"
    [InlineData("2606.07867", "agent completes")] // "tasks the agent completes before ..."
    [InlineData("2606.07867", "safer")] // "become substantially safer"
    [InlineData("2606.08788", "encourage")] // "may encourage the model to rely on ..."
    [InlineData("2606.12730", "predict")] // "self-reports (SR) reliably predict behavior"
    [InlineData("2606.08063", "robust")] // "for Robust Understanding"
    public async Task A_papers_key_phrases_hold_no_verb_or_bare_adjective_of_its_abstract(string id, string weak)
    {
        var reply = await DispatchAsync("id", id);

        var phrases = reply.Cards.Single().Fields.Single(f => f.Name == "Key phrases").Value.Split(" · ");
        Assert.InRange(phrases.Length, 3, 8);
        Assert.DoesNotContain(weak, phrases, StringComparer.OrdinalIgnoreCase);
    }

    private Task<Reply> DispatchAsync(string option, string value) =>
        _services.GetRequiredService<CommandDispatcher>().DispatchAsync(
            "summary", new Dictionary<string, object>(StringComparer.Ordinal) { [option] = value }, CommandOrigin.Cli, CancellationToken.None);
}
