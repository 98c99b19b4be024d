using System.Globalization;
using System.Text.Json.Nodes;
using DigestBot.DiscordBot;
using DigestBot.Papers;
using DigestBot.Search;
using DigestBot.Tests.Search;
using DigestBot.Tests.Support;
using DigestBot.Watches;

namespace DigestBot.Tests.DiscordBot;

/// <summary>
/// The slash commands as a user meets them: the app in Gateway mode, interactions arriving from the fake gateway, the
/// answers checked as the fake Discord stored them (its validators reject payloads Discord would reject).
/// </summary>
public sealed class SlashCommandsEndToEndTests : IAsyncLifetime
{
    private DiscordAppHarness _app = null!;
    private ulong _next = 7000;

    public async Task InitializeAsync()
    {
        _app = await DiscordAppHarness.StartAsync(DiscordMode.Gateway);
        _app.Get<PaperStore>().UpsertBatch(DailyPapersPage.Papers(_app.Clock.GetUtcNow()));
        await _app.StartAsync<DiscordGatewayService>();
        await DiscordAppHarness.EventuallyAsync(() => _app.Fake.Gateway.Live?.Ready == true, "READY");
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Search_answers_five_a_page_and_the_next_button_edits_the_message_to_page_two()
    {
        var first = await _app.AskAsync(Interactions.Command(++_next, "search", options: [("query", "language models")]));
        Assert.Equal(4, first["type"]!.GetValue<int>());
        var data = first["data"]!;
        Assert.Equal(SearchReplies.PageSize, data["embeds"]!.AsArray().Count);
        Assert.Matches(@"^\d+ papers match “language models” \(by words only, as no paper has a vector yet\); showing 1–5 \(page 1 of \d+\)$", data["content"]!.GetValue<string>());
        Assert.Equal(1, Rank(data["embeds"]![0]!));
        var next = Buttons(data).Single(b => b["label"]!.GetValue<string>().StartsWith("Next", StringComparison.Ordinal));

        var flipped = await _app.AskAsync(Interactions.Button(++_next, next["custom_id"]!.GetValue<string>()));

        Assert.Equal(7, flipped["type"]!.GetValue<int>()); // UPDATE_MESSAGE: the same message now shows page 2
        var page2 = flipped["data"]!;
        Assert.Contains("showing 6–10", page2["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(6, Rank(page2["embeds"]![0]!));
        Assert.Contains(Buttons(page2), b => b["label"]!.GetValue<string>().StartsWith('◀'));
        var urls1 = data["embeds"]!.AsArray().Select(e => e!["url"]!.GetValue<string>());
        Assert.Empty(urls1.Intersect(page2["embeds"]!.AsArray().Select(e => e!["url"]!.GetValue<string>())));
    }

    [Fact]
    public async Task A_page_button_from_another_channel_or_after_a_day_is_refused_politely()
    {
        var first = await _app.AskAsync(Interactions.Command(++_next, "search", options: [("query", "language models")]));
        var next = Buttons(first["data"]!).Single(b => b["label"]!.GetValue<string>().StartsWith("Next", StringComparison.Ordinal))["custom_id"]!.GetValue<string>();

        var elsewhere = Interactions.Button(++_next, next);
        elsewhere["channel_id"] = "41771983423143937";
        elsewhere["channel"]!["id"] = "41771983423143937";
        var refused = await _app.AskAsync(elsewhere);
        Assert.Equal(64, refused["data"]!["flags"]!.GetValue<int>());
        Assert.Contains("another channel", refused["data"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);

        _app.Clock.Advance(SearchPages.Lifetime + TimeSpan.FromMinutes(1));
        var expired = await _app.AskAsync(Interactions.Button(++_next, next));
        Assert.Contains("expired", expired["data"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_in_plain_words_answers_with_the_closest_papers_and_says_so()
    {
        var answer = await _app.AskAsync(Interactions.Command(++_next, "search", options: [("query", "how can large language models be compressed without losing accuracy?")]));

        Assert.Matches(
            @"^No paper has all 6 words of “how can large language models be compressed without losing accuracy\?” — showing the closest \(\d+ with at least \d of them; by words only, as no paper has a vector yet\); showing 1–5 \(page 1 of \d+\)$",
            answer["data"]!["content"]!.GetValue<string>());
        Assert.Equal(SearchReplies.PageSize, answer["data"]!["embeds"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_phrase_in_a_phones_typographic_quotes_is_searched_exactly_as_with_plain_quotes()
    {
        var plain = await _app.AskAsync(Interactions.Command(++_next, "search", options: [("query", "\"language models\"")]));
        _app.Clock.Advance(TimeSpan.FromMinutes(1)); // past the per-user pause between searches
        var curly = await _app.AskAsync(Interactions.Command(++_next, "search", options: [("query", "\u201Clanguage models\u201D")]));

        var exact = System.Text.RegularExpressions.Regex.Match(plain["data"]!["content"]!.GetValue<string>(), @"^(\d+) papers match ""language models""; showing");
        Assert.True(exact.Success, plain["data"]!["content"]!.GetValue<string>());
        Assert.Matches($@"^{exact.Groups[1].Value} papers match \u201Clanguage models\u201D; showing", curly["data"]!["content"]!.GetValue<string>());
        Assert.Equal(Urls(plain), Urls(curly));
    }

    [Fact]
    public async Task A_pasted_link_or_id_finds_that_paper_and_a_paper_not_stored_is_said_so()
    {
        var id = DailyPapersPage.Id(3);
        var link = await _app.AskAsync(Interactions.Command(++_next, "search", options: [("query", $"<https://arxiv.org/abs/{id}v2?context=cs>")]));
        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        var missing = await _app.AskAsync(Interactions.Command(++_next, "search", options: [("query", "2606.99999")]));

        // The link as typed, its < escaped so Discord shows it rather than reading it as markup.
        Assert.Equal($"1 paper matches \\<https://arxiv.org/abs/{id}v2?context=cs\\>; showing 1–1", link["data"]!["content"]!.GetValue<string>());
        Assert.Equal([$"https://arxiv.org/abs/{id}"], Urls(link));
        Assert.Equal(
            "No paper 2606.99999 is stored here (search reads the stored papers; the sources' polls and an import bring new ones)",
            missing["data"]!["content"]!.GetValue<string>());
        Assert.Empty(Urls(missing));
    }

    [Fact]
    public async Task A_category_search_that_finds_nothing_says_how_many_papers_have_no_category()
    {
        var stored = DailyPapersPage.Papers(_app.Clock.GetUtcNow()).Count;
        _app.Get<PaperStore>().UpsertBatch([TestPapers.Arxiv("2501.00001") with { Categories = [] }, TestPapers.Arxiv("2501.00002") with { Categories = [] }]);

        var answer = await _app.AskAsync(Interactions.Command(++_next, "search", options: [("query", "cat:cs.CV")]));

        Assert.Equal(
            // Discord's markup escaped (a colon could start an emoji's name); it shows as "cat:cs.CV: 2 of the …".
            $"No papers match cat\\:cs.CV\\: 2 of the {stored + 2} stored papers have no category (arXiv gives them; Hugging Face Daily Papers, OpenAlex and Semantic Scholar do not)",
            answer["data"]!["content"]!.GetValue<string>());
        Assert.Empty(Urls(answer));
    }

    [Fact]
    public async Task A_search_within_since_that_finds_nothing_says_how_many_earlier_papers_match()
    {
        // The page's papers end on 2024-12-31, long before the fake clock's week.
        var anyDate = _app.Get<SearchService>().Search(new SearchRequest(DigestBot.QueryLanguage.SearchQuery.ParseSearch("pruning")) { Limit = SearchRequest.MaxLimit });
        var newest = anyDate.Hits.Max(h => h.Published!.Value);
        var since = _app.Clock.GetUtcNow().AddDays(-7);

        var answer = await _app.AskAsync(Interactions.Command(++_next, "search", options: [("query", "pruning"), ("since", "7d")]));

        Assert.Equal(
            $"No papers published since {since:yyyy-MM-dd} match “pruning” (by words only, as no paper has a vector yet)\\: no stored paper is that recent; {anyDate.TotalHits} earlier papers match, the newest published {newest:yyyy-MM-dd}",
            answer["data"]!["content"]!.GetValue<string>());
        Assert.Empty(Urls(answer));
    }

    [Fact]
    public async Task A_window_written_into_the_query_answers_as_the_since_option_does()
    {
        var option = await _app.AskAsync(Interactions.Command(++_next, "search", options: [("query", "pruning"), ("since", "7d")]));
        _app.Clock.Advance(TimeSpan.FromMinutes(1)); // past the per-user pause between searches
        var phrased = await _app.AskAsync(Interactions.Command(++_next, "search", options: [("query", "pruning papers from the past week")]));

        Assert.Equal(
            option["data"]!["content"]!.GetValue<string>().Replace("\u201Cpruning\u201D", "\u201Cpruning papers\u201D", StringComparison.Ordinal),
            phrased["data"]!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_typo_that_finds_nothing_is_answered_with_the_word_papers_have()
    {
        var answer = await _app.AskAsync(Interactions.Command(++_next, "search", options: [("query", "ti:langauge")]));

        Assert.Equal("No papers match ti\\:langauge — did you mean ti\\:language?", answer["data"]!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_question_with_a_typo_is_answered_as_the_papers_spell_it_on_every_page()
    {
        var first = await _app.AskAsync(Interactions.Command(++_next, "search", options: [("query", "deep langauge models")]));
        var next = Buttons(first["data"]!).Single(b => b["label"]!.GetValue<string>().StartsWith("Next", StringComparison.Ordinal));
        var page2 = await _app.AskAsync(Interactions.Button(++_next, next["custom_id"]!.GetValue<string>()));

        const string Read = "No stored paper has the word \u201Clangauge\u201D, so it was read as \u201Clanguage\u201D. ";
        Assert.StartsWith(Read, first["data"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("\u201Cdeep language models\u201D", first["data"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith(Read, page2["data"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("(page 2 of", page2["data"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sort_date_answers_newest_first_and_its_next_page_keeps_the_order()
    {
        var first = await _app.AskAsync(Interactions.Command(++_next, "search", options: [("query", "deep learning"), ("sort", "date")]));
        Assert.Contains("newest first", first["data"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        var next = Buttons(first["data"]!).Single(b => b["label"]!.GetValue<string>().StartsWith("Next", StringComparison.Ordinal));

        var page2 = await _app.AskAsync(Interactions.Button(++_next, next["custom_id"]!.GetValue<string>()));

        Assert.Contains("newest first", page2["data"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        var dates = first["data"]!["embeds"]!.AsArray().Concat(page2["data"]!["embeds"]!.AsArray()).Select(e => System.Text.RegularExpressions.Regex.Match(e!["footer"]!["text"]!.GetValue<string>(), @"\d{4}-\d{2}-\d{2}").Value).ToList();
        Assert.All(dates, d => Assert.NotEmpty(d));
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
    }

    [Fact]
    public async Task A_month_written_into_the_query_holds_on_every_page()
    {
        var first = await _app.AskAsync(Interactions.Command(++_next, "search", options: [("query", "deep learning in November 2024"), ("sort", "date")]));
        var next = Buttons(first["data"]!).Single(b => b["label"]!.GetValue<string>().StartsWith("Next", StringComparison.Ordinal));

        var page2 = await _app.AskAsync(Interactions.Button(++_next, next["custom_id"]!.GetValue<string>()));

        Assert.Contains("published in November 2024", first["data"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("published in November 2024", page2["data"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        var dates = first["data"]!["embeds"]!.AsArray().Concat(page2["data"]!["embeds"]!.AsArray()).Select(e => System.Text.RegularExpressions.Regex.Match(e!["footer"]!["text"]!.GetValue<string>(), @"\d{4}-\d{2}-\d{2}").Value).ToList();
        Assert.Equal(2 * SearchReplies.PageSize, dates.Count);
        Assert.All(dates, d => Assert.StartsWith("2024-11-", d, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_private_search_is_ephemeral()
    {
        var answer = await _app.AskAsync(Interactions.Command(++_next, "search", options: [("query", "diffusion"), ("private", true)]));
        Assert.Equal(64, answer["data"]!["flags"]!.GetValue<int>());
    }

    [Fact]
    public async Task Paper_shows_a_card_with_buttons_and_the_bibtex_button_answers_with_the_citation()
    {
        var id = DailyPapersPage.Id(3);
        var card = await _app.AskAsync(Interactions.Command(++_next, "paper", options: [("id", $"https://arxiv.org/abs/{id}v1")]));
        var labels = Buttons(card["data"]!).Select(b => b["label"]!.GetValue<string>()).ToList();
        Assert.Contains("Summary", labels);
        Assert.Contains("Similar", labels);
        var bibtex = Buttons(card["data"]!).Single(b => b["label"]!.GetValue<string>() == "BibTeX")["custom_id"]!.GetValue<string>();

        var cite = await _app.AskAsync(Interactions.Button(++_next, bibtex));
        var text = cite["data"]!["content"]!.GetValue<string>();
        Assert.Contains("@misc{", text, StringComparison.Ordinal);
        Assert.Contains($"eprint = {{{id}}}", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Similar_lists_other_papers_sharing_the_papers_distinctive_words()
    {
        var id = DailyPapersPage.Id(0);
        var similar = await _app.AskAsync(Interactions.Button(++_next, $"similar?id={id}"));
        var embeds = similar["data"]!["embeds"]!.AsArray();
        Assert.InRange(embeds.Count, 1, SearchReplies.PageSize);
        Assert.DoesNotContain(embeds, e => e!["url"]?.GetValue<string>().Contains(id, StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Watch_add_answers_with_the_preview_and_watch_remove_autocompletes_this_channels_watches()
    {
        var added = await _app.AskAsync(Interactions.Command(++_next, "watch", "add", options: [("query", "\"language models\""), ("name", "LLMs")]));
        Assert.Contains("LLMs", added["data"]!.ToJsonString(), StringComparison.Ordinal);
        var watch = Assert.Single(_app.Get<WatchStore>().ForChannel(Interactions.Channel));
        _app.Get<WatchStore>().Add(Interactions.Guild, 41771983423143937, "elsewhere", "Other channel", Interactions.User);

        var typing = Interactions.Command(++_next, "watch", "remove", options: [("watch", "llm")]);
        typing["type"] = 4;
        typing["data"]!["options"]![0]!["options"]![0]!["focused"] = true;
        var suggestions = await _app.AskAsync(typing);

        Assert.Equal(8, suggestions["type"]!.GetValue<int>());
        var choice = Assert.Single(suggestions["data"]!["choices"]!.AsArray());
        Assert.Equal(watch.Id, choice!["value"]!.GetValue<int>());
        Assert.StartsWith($"#{watch.Id} LLMs", choice["name"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Watch_edit_autocompletes_the_watch_and_answers_with_the_new_query_and_its_preview()
    {
        await _app.AskAsync(Interactions.Command(++_next, "watch", "add", options: [("query", "\"language models\""), ("name", "LLMs")]));
        var watch = Assert.Single(_app.Get<WatchStore>().ForChannel(Interactions.Channel));
        var suggestions = await TypeAsync("watch", "edit", ("watch", "llm"));

        var edited = await _app.AskAsync(Interactions.Command(++_next, "watch", "edit", options: [("watch", watch.Id), ("query", "\"language models\" AND agents*")]));
        // A command that may be slow is deferred first: its refusal is an ephemeral follow-up, the "thinking…" deleted.
        var emptyEdit = Interactions.Command(++_next, "watch", "edit", options: [("watch", watch.Id)]);
        var token = emptyEdit["token"]!.GetValue<string>();
        await _app.Fake.Gateway.InteractionCreateAsync(Interactions.At(emptyEdit, _app.Clock.GetUtcNow()));
        await DiscordAppHarness.EventuallyAsync(() => _app.Fake.Interactions.Followups(token).Count == 1, "the refusal");
        var empty = _app.Fake.Interactions.Followups(token)[0];

        Assert.Equal(watch.Id, Assert.Single(suggestions["data"]!["choices"]!.AsArray())!["value"]!.GetValue<int>());
        Assert.Equal(
            $"Watch {watch.Id} \"LLMs\" now matches `\"language models\" AND agents*` (was `\"language models\"`). Papers already waiting for the next digest stay in it.",
            edited["data"]!["content"]!.GetValue<string>());
        Assert.StartsWith("Would have matched", edited["data"]!["embeds"]![0]!["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("\"language models\" AND agents*", Assert.Single(_app.Get<WatchStore>().ForChannel(Interactions.Channel)).Query);
        Assert.Equal(64, empty["flags"]!.GetValue<int>());
        Assert.Equal("/watch edit\\: give a new query, about text or name", empty["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task Watch_test_of_a_number_tests_that_watch_of_the_channel_it_is_used_in()
    {
        await _app.AskAsync(Interactions.Command(++_next, "watch", "add", options: [("query", "\"language models\""), ("name", "LLMs")]));
        var watch = Assert.Single(_app.Get<WatchStore>().ForChannel(Interactions.Channel));

        var answer = await _app.AskAsync(Interactions.Command(++_next, "watch", "test", options: [("query", watch.Id.ToString(CultureInfo.InvariantCulture))]));

        var description = answer["data"]!["embeds"]![0]!["description"]!.GetValue<string>();
        Assert.StartsWith($"Watch {watch.Id} \u201CLLMs\u201D\\: `\"language models\"`\n", description, StringComparison.Ordinal);

        // While the query is empty (or a number) the channel's watches are suggested, their number the value; a query
        // being written gets no suggestion that Enter could put in its place.
        var empty = await TypeAsync("watch", "test", ("query", string.Empty));
        var writing = await TypeAsync("watch", "test", ("query", "language"));
        var choice = Assert.Single(empty["data"]!["choices"]!.AsArray());
        Assert.Equal((watch.Id.ToString(CultureInfo.InvariantCulture), $"#{watch.Id} LLMs — \"language models\""), (choice!["value"]!.GetValue<string>(), choice["name"]!.GetValue<string>()));
        Assert.Empty(writing["data"]!["choices"]!.AsArray());
    }

    /// <summary>Discord asking for suggestions while the first option of a subcommand is typed.</summary>
    private Task<JsonObject> TypeAsync(string command, string subcommand, (string Name, JsonNode Value) typed)
    {
        var typing = Interactions.Command(++_next, command, subcommand, options: [typed]);
        typing["type"] = 4;
        typing["data"]!["options"]![0]!["options"]![0]!["focused"] = true;
        return _app.AskAsync(typing);
    }

    [Fact]
    public async Task Schedule_set_autocompletes_time_zones_from_what_was_typed()
    {
        var typing = Interactions.Command(++_next, "schedule", "set", options: [("when", "daily 09:00"), ("timezone", "berl")]);
        typing["type"] = 4;
        typing["data"]!["options"]![0]!["options"]![1]!["focused"] = true;
        var suggestions = await _app.AskAsync(typing);

        Assert.Equal("Europe/Berlin", suggestions["data"]!["choices"]![0]!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task Schedule_set_autocompletes_when_with_the_schedule_it_reads_and_its_next_time_in_the_zone_given()
    {
        var typing = Interactions.Command(++_next, "schedule", "set", options: [("when", "every weekday at 9"), ("timezone", "Asia/Tokyo")]);
        typing["type"] = 4;
        typing["data"]!["options"]![0]!["options"]![0]!["focused"] = true;
        var suggestions = await _app.AskAsync(typing);

        var first = suggestions["data"]!["choices"]![0]!;
        Assert.Equal("every weekday at 9", first["value"]!.GetValue<string>());
        Assert.Matches(@"^every weekday at 9 \u2192 weekdays 09:00 \u00B7 next (Mon|Tue|Wed|Thu|Fri) \d{4}-\d{2}-\d{2} 09:00 \(Asia/Tokyo\)$", first["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Search_autocompletes_since_with_the_day_each_window_starts_on()
    {
        var typing = Interactions.Command(++_next, "search", options: [("query", "pruning"), ("since", "last week")]);
        typing["type"] = 4;
        typing["data"]!["options"]![1]!["focused"] = true;
        var suggestions = await _app.AskAsync(typing);

        var day = _app.Clock.GetUtcNow().AddDays(-7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(8, suggestions["type"]!.GetValue<int>());
        var first = suggestions["data"]!["choices"]![0]!;
        Assert.Equal(($"last week (since {day})", "last week"), (first["name"]!.GetValue<string>(), first["value"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_since_that_is_no_window_is_one_ephemeral_line_naming_the_option_as_discord_shows_it()
    {
        var answer = await _app.AskAsync(Interactions.Command(++_next, "search", options: [("query", "pruning"), ("since", "fortnight")]));

        Assert.Equal("since must be 7d, 2w, 6m, 1y or YYYY-MM-DD (got 'fortnight')", answer["data"]!["content"]!.GetValue<string>());
        Assert.Equal(64, answer["data"]!["flags"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_query_refused_for_its_syntax_can_be_sent_again_mended_at_once()
    {
        var refused = await _app.AskAsync(Interactions.Command(++_next, "search", options: [("query", "pruning AND (")]));
        var mended = await _app.AskAsync(Interactions.Command(++_next, "search", options: [("query", "pruning")]));

        Assert.Equal(64, refused["data"]!["flags"]!.GetValue<int>());
        Assert.StartsWith("unbalanced parentheses", refused["data"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Matches(@"^\d+ papers match “pruning”", mended["data"]!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_mode_refused_in_discord_names_the_option_without_the_command_lines_dashes()
    {
        var answer = await _app.AskAsync(Interactions.Command(++_next, "search", options: [("query", "cat:cs.LG"), ("mode", "semantic")]));

        Assert.Equal(
            "mode semantic takes a question in plain words; a query with operators, fields or quotes is matched by its words (mode keyword)",
            answer["data"]!["content"]!.GetValue<string>());
        Assert.Equal(64, answer["data"]!["flags"]!.GetValue<int>());
    }

    [Fact]
    public async Task Status_answers_in_the_channel()
    {
        var status = await _app.AskAsync(Interactions.Command(++_next, "status"));
        Assert.Equal(4, status["type"]!.GetValue<int>());
        var fields = status["data"]!["embeds"]![0]!["fields"]!.AsArray();
        Assert.Contains(fields, f => f!["name"]!.GetValue<string>() == "Papers" && f["value"]!.GetValue<string>() == "94");
    }

    /// <summary>The rank a result card's title starts with ("6. …", the dot escaped for Markdown or not).</summary>
    private static List<string> Urls(JsonNode answer) =>
        [.. answer["data"]!["embeds"]!.AsArray().Select(e => e!["url"]!.GetValue<string>())];

    private static int Rank(JsonNode embed) =>
        int.Parse(System.Text.RegularExpressions.Regex.Match(embed["title"]!.GetValue<string>(), @"^(\d+)\\?\.").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static IEnumerable<JsonNode> Buttons(JsonNode data) =>
        (data["components"]?.AsArray() ?? []).SelectMany(row => row!["components"]!.AsArray()).OfType<JsonNode>();
}
