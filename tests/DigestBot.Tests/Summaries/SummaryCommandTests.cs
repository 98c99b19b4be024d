using System.Text.Json;
using DigestBot.Commands;
using DigestBot.Papers;
using DigestBot.QueryLanguage;
using DigestBot.Semantic;
using DigestBot.Storage;
using DigestBot.Summaries;
using DigestBot.Tests.Search;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Summaries;

/// <summary><c>summary ID</c> and <c>summary --topic</c> through the command pipeline, on the real daily papers page.</summary>
public sealed class SummaryCommandTests : IDisposable
{
    private readonly DailyPageApp _app = new();

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("summary: give a paper ID, or --topic QUERY for the themes of a topic")]
    [InlineData("summary: give a paper ID or --topic QUERY, not both", "id", "2501.90000", "topic", "pruning")]
    [InlineData("summary: --llm summarises one paper; leave it out with --topic", "topic", "pruning", "llm", true)]
    [InlineData("summary: --since goes with --topic", "id", "2501.90000", "since", "7d")]
    [InlineData("--since must be 7d, 2w, 6m, 1y or YYYY-MM-DD (got 'last fortnight')", "topic", "pruning", "since", "last fortnight")]
    [InlineData("summary --topic: unbalanced quotes", "topic", "\"KV cache")]
    [InlineData("summary --topic: empty query: say what to search for", "topic", "  ")]
    public async Task Bad_input_is_refused_with_one_line(string message, params object[] options)
    {
        var reply = await DispatchAsync(options);

        Assert.Equal(ReplyKind.Invalid, reply.Kind);
        Assert.StartsWith(message, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_topic_overview_names_each_theme_with_its_count_and_most_representative_paper()
    {
        var reply = await DispatchAsync("topic", "normalization OR pruning OR \"KV cache\"");

        Assert.Equal(ReplyKind.Ok, reply.Kind);
        Assert.Matches(@"^\d themes among \d+ papers matching normalization OR pruning OR ""KV cache""; \d+ papers? fits? none:$", reply.Text);
        var pruning = reply.Cards.Single(c => c.Title == "pruning · 5 papers");
        var representative = pruning.Fields.Single(f => f.Name == "Most representative").Value.Split('\n');
        Assert.Equal(3, representative.Length);
        Assert.DoesNotContain("**", representative[0], StringComparison.Ordinal);
        Assert.StartsWith("https://arxiv.org/abs/2501.9", representative[1], StringComparison.Ordinal);
        Assert.Null(pruning.Url);
        Assert.Contains("Also", pruning.Fields.Select(f => f.Name));
        Assert.Null(pruning.Footer);
        Assert.True(reply.Cards.Any(c => c.Title == "KV cache · 2 papers"), string.Join(" | ", reply.Cards.Select(c => c.Title + ": " + (c.Fields.Count > 0 ? c.Fields[0].Value : null))));

        using var json = JsonDocument.Parse(JsonOutput.Serialize(reply.Data));
        Assert.Equal(["query", "since", "until", "matching", "considered", "unthemed", "mode", "themes"], json.RootElement.EnumerateObject().Select(p => p.Name));
        var theme = json.RootElement.GetProperty("themes")[0];
        Assert.Equal(["label", "count", "representative", "papers"], theme.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["id", "title", "url"], theme.GetProperty("representative").EnumerateObject().Select(p => p.Name));
        Assert.Equal(theme.GetProperty("count").GetInt32(), theme.GetProperty("papers").GetArrayLength());
    }

    [Fact]
    public async Task A_topic_overview_reads_cleanly_in_the_terminal_title_first_continuations_indented_no_markdown()
    {
        var reply = await DispatchAsync("topic", "normalization OR pruning OR \"KV cache\"");

        var (output, _) = DiscordPayloads.RenderConsole(reply);

        Assert.DoesNotContain("**", output, StringComparison.Ordinal);
        var lines = output.ReplaceLineEndings("\n").Split('\n');
        foreach (var card in reply.Cards)
        {
            var at = Array.IndexOf(lines, card.Title);
            Assert.True(at > 0, card.Title);
            var title = card.Fields[0].Value.Split('\n')[0];
            Assert.Equal("  Most representative: " + title, lines[at + 1]);
            Assert.StartsWith(new string(' ', "  Most representative: ".Length) + "https://arxiv.org/abs/", lines[at + 2], StringComparison.Ordinal);
        }

        // Every line of a card is indented under its title: nothing but titles and the heading starts at the margin.
        Assert.All(
            lines.Where(l => l.Length > 0 && !char.IsWhiteSpace(l[0])),
            l => Assert.True(l == lines[0] || reply.Cards.Any(c => c.Title == l), l));
    }

    [Fact]
    public async Task Papers_found_only_by_the_stem_of_a_query_word_form_no_theme()
    {
        // The index stems "normalization" to "normal", so COVID-19 papers that report "Normal" cases match the query.
        var reply = await DispatchAsync("topic", "normalization OR pruning OR \"KV cache\"");

        Assert.DoesNotContain(reply.Cards, c => c.Title.StartsWith("COVID", StringComparison.OrdinalIgnoreCase));
        var store = _app.Get<PaperStore>();
        foreach (var link in reply.Cards.Select(c => c.Fields.Single(f => f.Name == "Most representative").Value.Split('\n')[1]))
        {
            var paper = store.Find(PaperId.Parse(link))!;
            Assert.Matches("(?i)normaliz|prun|kv cache", paper.Title + " " + paper.Abstract);
        }
    }

    [Theory]
    [InlineData("model")]
    [InlineData("network")]
    [InlineData("training")]
    [InlineData("\"deep learning\"")]
    [InlineData("depth")]
    [InlineData("quantization")]
    [InlineData("normalization")]
    [InlineData("layer")]
    public async Task No_theme_is_named_by_a_word_every_abstract_uses_or_by_the_tail_of_a_hyphenated_word(string topic)
    {
        var reply = await DispatchAsync("topic", topic);

        var labels = reply.Cards.Select(c => c.Title[..c.Title.IndexOf(" · ", StringComparison.Ordinal)]).ToList();
        Assert.DoesNotContain(labels, l => Generic.Contains(l.ToLowerInvariant()));
    }

    private static readonly HashSet<string> Generic =
        ["model", "models", "words", "word", "loss", "large", "training", "functions", "weights", "ratio", "text", "wise", "based", "phases", "results"];

    [Fact]
    public async Task Since_narrows_the_topic_window_and_says_so()
    {
        var reply = await DispatchAsync("topic", "normalization OR pruning OR \"KV cache\"", "since", "30d");

        Assert.Contains(" published since 2024-12-11 matching ", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(reply.Cards, c => c.Title.StartsWith("pruning", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_window_written_into_a_topic_narrows_it_as_since_does()
    {
        var phrased = await DispatchAsync("topic", "language models from the past month");
        var option = await DispatchAsync("topic", "language models", "since", "1m");

        Assert.Contains(" published since 2024-12-10 ", phrased.Text, StringComparison.Ordinal);
        Assert.Equal(option.Text, phrased.Text);
        Assert.Equal(option.Cards.Select(c => c.Title), phrased.Cards.Select(c => c.Title));
    }

    [Fact]
    public async Task In_discord_a_refused_topic_or_window_is_named_as_the_slash_command_names_it()
    {
        var discord = new CommandOrigin(7, 500, 9, CommandOrigin.DiscordTransport);
        var dispatcher = _app.Get<CommandDispatcher>();

        var topic = await dispatcher.DispatchAsync("summary topic", new Dictionary<string, object> { ["topic"] = "\"KV cache" }, discord, CancellationToken.None);
        var since = await dispatcher.DispatchAsync("summary topic", new Dictionary<string, object> { ["topic"] = "pruning", ["since"] = "soon" }, discord, CancellationToken.None);
        var mended = await dispatcher.DispatchAsync("summary topic", new Dictionary<string, object> { ["topic"] = "pruning" }, discord, CancellationToken.None);
        var again = await dispatcher.DispatchAsync("summary topic", new Dictionary<string, object> { ["topic"] = "pruning" }, discord, CancellationToken.None);

        Assert.Equal(ReplyKind.Invalid, topic.Kind);
        Assert.StartsWith("/summary topic: unbalanced quotes", topic.Text, StringComparison.Ordinal);
        Assert.Equal((ReplyKind.Invalid, "since must be 7d, 2w, 6m, 1y or YYYY-MM-DD (got 'soon')"), (since.Kind, since.Text));

        // The two refusals started no pause between topics; the topic that ran did.
        Assert.Equal(ReplyKind.Ok, mended.Kind);
        Assert.StartsWith("slow down: try /summary topic again in ", again.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_window_no_stored_paper_reaches_says_so_and_how_many_earlier_papers_match()
    {
        // The page's papers end on 2024-12-31; seven days before the clock's 2025-01-10 holds none of them.
        var reply = await DispatchAsync("topic", "pruning", "since", "7d");

        Assert.Empty(reply.Cards);
        Assert.Matches(@"^No papers published since 2025-01-03 match “pruning”: no stored paper is that recent; \d+ earlier papers match, the newest published 2024-12-\d\d$", reply.Text);
    }

    [Theory]
    [InlineData("pruning 2501.90000", "2501.90000")]
    [InlineData("pruning OR \"KV cache\" 2501.90000v2", "2501.90000v2")]
    [InlineData("pruning arXiv:2501.90000", "arXiv:2501.90000")]
    [InlineData("pruning https://arxiv.org/abs/2501.90000", "https://arxiv.org/abs/2501.90000")]
    [InlineData("pruning 10.1145/3292500.3330701", "10.1145/3292500.3330701")]
    [InlineData("pruning hep-th/9901001", "hep-th/9901001")]
    public async Task A_paper_id_after_the_topic_is_refused_as_an_id_beside_the_topic_is(string topic, string id)
    {
        var reply = await DispatchAsync("topic", topic);

        Assert.Equal(ReplyKind.Invalid, reply.Kind);
        Assert.Equal($"summary: give a paper ID or --topic QUERY, not both ('{id}' after --topic is a paper ID; to search for it, write id:{id})", reply.Text);
    }

    [Theory]
    [InlineData("gpt 4")]
    [InlineData("llama 3.1 pruning")]
    [InlineData("pruning 2024")]
    [InlineData("pruning 1706")]
    [InlineData("pruning id:2501.90000")]
    [InlineData("pruning \"2501.90000\"")]
    [InlineData("2501.90000")]
    [InlineData("pruning cat:cs.LG")]
    public async Task A_topic_with_numbers_or_an_id_it_cannot_be_read_as_a_trailing_id_is_a_topic(string topic)
    {
        var reply = await DispatchAsync("topic", topic);

        Assert.Equal(ReplyKind.Ok, reply.Kind);
    }

    [Fact]
    public async Task Discord_s_summary_topic_takes_a_trailing_id_as_part_of_its_topic_option()
    {
        var discord = new CommandOrigin(1, 2, 3, CommandOrigin.DiscordTransport);
        var reply = await _app.Get<CommandDispatcher>().DispatchAsync(
            "summary topic", new Dictionary<string, object> { ["topic"] = "pruning 2501.90000" }, discord, CancellationToken.None);

        Assert.Equal(ReplyKind.Ok, reply.Kind);
    }

    [Fact]
    public async Task A_topic_typed_as_a_question_is_read_as_search_reads_it_and_grouped_among_the_closest_papers()
    {
        var reply = await DispatchAsync("topic", "how can large language models be compressed without losing accuracy?");
        var json = System.Text.Json.JsonDocument.Parse(JsonOutput.Serialize(reply.Data)).RootElement;

        Assert.Equal(ReplyKind.Ok, reply.Kind);
        Assert.Matches(@"^\d+ themes? among .+ closest to “how can large language models be compressed without losing accuracy\?” \(too few have all 6 of its words\)", reply.Text);
        Assert.NotEmpty(reply.Cards);
        Assert.Equal("best-match", json.GetProperty("mode").GetString());
    }

    [Fact]
    public async Task A_topic_with_a_typo_is_grouped_as_the_papers_spell_it_and_says_so()
    {
        var typo = await DispatchAsync("topic", "langauge models");
        var spelled = await DispatchAsync("topic", "language models");
        var json = System.Text.Json.JsonDocument.Parse(JsonOutput.Serialize(typo.Data)).RootElement;

        Assert.Equal("No stored paper has the word \u201Clangauge\u201D, so it was read as \u201Clanguage\u201D. " + spelled.Text, typo.Text);
        Assert.Equal(spelled.Cards.Select(c => c.Title), typo.Cards.Select(c => c.Title));
        Assert.Equal("language models", json.GetProperty("query").GetString());
    }

    [Fact]
    public async Task A_topic_nothing_matches_says_so()
    {
        var reply = await DispatchAsync("topic", "zebra");

        Assert.Equal(ReplyKind.Ok, reply.Kind);
        Assert.Equal("No papers match “zebra”", reply.Text);
        Assert.Empty(reply.Cards);
    }

    [Fact]
    public async Task A_paper_summary_lists_its_key_phrases()
    {
        var reply = await DispatchAsync("id", DailyPapersPage.Id(0));

        var card = Assert.Single(reply.Cards);
        Assert.Equal("TL;DR (extract)", card.Fields[0].Name);
        var phrases = card.Fields.Single(f => f.Name == "Key phrases").Value.Split(" · ");
        Assert.Contains("Pre-LN", phrases);
        using var json = JsonDocument.Parse(JsonOutput.Serialize(reply.Data));
        Assert.Equal(phrases, json.RootElement.GetProperty("keyPhrases").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public void A_theme_shows_its_papers_titles_and_tldr_as_readable_text_and_its_json_keeps_the_tex()
    {
        var planning = TexPapers.Get(TexPapers.Planning);
        var spending = TexPapers.Get(TexPapers.Spending);
        var result = new TopicOverviewResult(SearchQuery.ParseSearch("k-means"), null, 2, 2, [new Theme("k-means", [spending, planning], spending)]);

        var reply = TopicReply.Build(result, _app.Get<SummaryService>());

        var (output, _) = DiscordPayloads.RenderConsole(reply);
        Assert.Contains($"  Most representative: {TexPapers.SpendingTitleReadable}\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains(TexPapers.SpendingAbstractReadable, output, StringComparison.Ordinal);
        Assert.Contains($"  Also: {TexPapers.Planning} · {TexPapers.PlanningTitleReadable}", output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(JsonOutput.Serialize(reply.Data));
        var theme = json.RootElement.GetProperty("themes")[0];
        Assert.Equal(TexPapers.SpendingTitle, theme.GetProperty("representative").GetProperty("title").GetString());
        Assert.Equal([TexPapers.SpendingTitle, TexPapers.PlanningTitle], theme.GetProperty("papers").EnumerateArray().Select(p => p.GetProperty("title").GetString()));
    }

    private Task<Reply> DispatchAsync(params object[] options)
    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        for (var i = 0; i < options.Length; i += 2)
        {
            values[(string)options[i]] = options[i + 1];
        }

        return _app.DispatchAsync("summary", values);
    }
}
