using DigestBot.Commands;
using DigestBot.Search;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Search;

/// <summary>
/// A window written into a question (<c>language models from the past month</c>) is read as <c>--since</c>: it searched
/// for the words "past" and "month" before, and found papers of any date.
/// </summary>
public sealed class TimePhraseTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 6, 12, 12, 0, 0, TimeSpan.Zero);
    private readonly DailyPageApp _app = new();

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("diffusion papers from this week", "diffusion papers", "2026-06-08")]
    [InlineData("agents this month", "agents", "2026-06-01")]
    [InlineData("papers from this year about agents", "papers about agents", "2026-01-01")]
    [InlineData("agents in the past week", "agents", "2026-06-05")]
    [InlineData("agents in the past 3 months", "agents", "2026-03-12")]
    [InlineData("Pruning published since 2025", "Pruning", "2025-01-01")]
    [InlineData("sparse attention since June 2026?", "sparse attention", "2026-06-01")]
    [InlineData("what is new on agents today", "what is new on agents", "2026-06-11")]
    [InlineData("agents, last year", "agents", "2025-06-12")]
    [InlineData("over the last 10 days, how do agents browse the web?", "how do agents browse the web", "2026-06-02")]
    [InlineData("quantization since 2026-05-20", "quantization", "2026-05-20")]
    [InlineData("benchmark for agents since last week", "benchmark for agents", "2026-06-05")]
    [InlineData("agents published since the past 3 days", "agents", "2026-06-09")]
    [InlineData("what came out yesterday on agents", "what came out on agents", "2026-06-10")]
    [InlineData("agents since yesterday", "agents", "2026-06-10")]
    public void A_window_in_a_question_is_taken_out_of_its_words_and_read_as_since(string typed, string words, string since)
    {
        Assert.True(TimePhrase.TryExtract(typed, Now, out var rest, out var start));
        Assert.Equal(words, rest);
        Assert.Equal(since, start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("agents in 2025", "agents", "2025-01-01", "2026-01-01")]
    [InlineData("pruning published in June 2025", "pruning", "2025-06-01", "2025-07-01")]
    [InlineData("what happened in sparse attention during Dec 2025?", "what happened in sparse attention", "2025-12-01", "2026-01-01")]
    [InlineData("diffusion models from 2024", "diffusion models", "2024-01-01", "2025-01-01")]
    [InlineData("agents in June 2026", "agents", "2026-06-01", "2026-07-01")]
    [InlineData("attention published before 2018", "attention", null, "2018-01-01")]
    [InlineData("graph networks before March 2021?", "graph networks", null, "2021-03-01")]
    [InlineData("agents from 2020 to 2023", "agents", "2020-01-01", "2024-01-01")]
    [InlineData("agents between 2024 and 2025", "agents", "2024-01-01", "2026-01-01")]
    [InlineData("agents in 2025 and 2026", "agents", "2025-01-01", "2027-01-01")]
    [InlineData("agents during May and June 2026", "agents", "2026-05-01", "2026-07-01")]
    [InlineData("diffusion models 2023-2025", "diffusion models", "2023-01-01", "2026-01-01")]
    [InlineData("diffusion models 2023\u20132025", "diffusion models", "2023-01-01", "2026-01-01")]
    [InlineData("pruning in 2024 - 2025", "pruning", "2024-01-01", "2026-01-01")]
    [InlineData("sparse attention from March to May 2026", "sparse attention", "2026-03-01", "2026-06-01")]
    [InlineData("agents between November and February 2026", "agents", "2025-11-01", "2026-03-01")]
    [InlineData("agents published between June 2025 and March 2026?", "agents", "2025-06-01", "2026-04-01")]
    [InlineData("agents from 2024 until June 2025", "agents", "2024-01-01", "2025-07-01")]
    [InlineData("agents from Sept. 2025 through 2026", "agents", "2025-09-01", "2027-01-01")]
    [InlineData("agents in June", "agents", "2026-06-01", "2026-07-01")]
    [InlineData("agents during August", "agents", "2025-08-01", "2025-09-01")]
    [InlineData("agents before May", "agents", null, "2026-05-01")]
    public void A_year_a_month_or_a_range_of_them_in_a_question_is_a_window_that_ends(string typed, string words, string? since, string until)
    {
        Assert.True(TimePhrase.TryExtract(typed, Now, out var rest, out var start, out var end));
        Assert.Equal(words, rest);
        Assert.Equal(since, start?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(until, end?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("agents after 2025", "agents", "2026-01-01")]
    [InlineData("agents published after March 2026", "agents", "2026-04-01")]
    [InlineData("agents since March", "agents", "2026-03-01")]
    [InlineData("agents since December", "agents", "2025-12-01")]
    [InlineData("agents from 2020 to now", "agents", "2020-01-01")]
    [InlineData("agents 2024-present", "agents", "2024-01-01")]
    [InlineData("diffusion from March 2026 to date", "diffusion", "2026-03-01")]
    [InlineData("agents between January and today", "agents", "2026-01-01")]
    public void After_a_year_or_a_month_or_since_a_month_alone_runs_to_now(string typed, string words, string since)
    {
        Assert.True(TimePhrase.TryExtract(typed, Now, out var rest, out var start, out var end));
        Assert.Equal(words, rest);
        Assert.Equal(since, start?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Null(end);
    }

    [Theory]
    [InlineData("2020-01-01", "2024-01-01", "from 2020 to 2023")]
    [InlineData("2025-11-01", "2026-03-01", "from November 2025 to February 2026")]
    [InlineData("2025-01-01", "2026-01-01", "in 2025")]
    [InlineData("2025-11-03", "2025-11-10", "from 2025-11-03 to 2025-11-09")]
    [InlineData(null, "2021-03-01", "before March 2021")]
    public void A_reply_names_a_window_that_ends_as_it_would_be_typed(string? since, string until, string said)
    {
        static DateTimeOffset Day(string d) => DateTimeOffset.Parse(d + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(said, TimePhrase.Within(since is null ? null : Day(since), Day(until)));
    }

    [Theory]
    [InlineData("agents since 2025")]
    [InlineData("agents in the past 3 months")]
    public void A_window_up_to_now_has_no_end(string typed)
    {
        Assert.True(TimePhrase.TryExtract(typed, Now, out _, out _, out var end));
        Assert.Null(end);
    }

    [Theory]
    [InlineData("the last mile problem")]
    [InlineData("agents in 2027")]
    [InlineData("agents in 1890")]
    [InlineData("agents in 2025 since last week")]
    [InlineData("agents in 20250")]
    [InlineData("agents before 2027")]
    [InlineData("agents before 2025 and in 2026")]
    [InlineData("layer normalization")]
    [InlineData("this week")]
    [InlineData("agents this week and last month")]
    [InlineData("agents since may")]
    [InlineData("agents since 2025-13")]
    [InlineData("agents since June 2025-06")]
    [InlineData("agents after 2026")]
    [InlineData("agents after June 2026")]
    [InlineData("agents from 2023 to 2021")]
    [InlineData("agents from 2020 to 2030")]
    [InlineData("agents 2024 and 2025")]
    [InlineData("agents in 2023 and 2025")]
    [InlineData("agents in June and May 2026")]
    [InlineData("agents from 2024 and 2025")]
    [InlineData("agents from March to 2026")]
    [InlineData("agents in may")]
    [InlineData("agents before may")]
    [InlineData("resnet-2020-2023 results")]
    [InlineData("loss after 2000 steps")]
    [InlineData("world models from Jun Zhu")]
    [InlineData("robot learning from Jan Peters")]
    [InlineData("agents in Jan")]
    [InlineData("agents since March Hare")]
    [InlineData("accuracy in 2000 iterations")]
    [InlineData("agents from 2030 to now")]
    [InlineData("two-year-old models")]
    [InlineData("yesterday-today models")]
    [InlineData("agents since yesterday and last week")]
    public void A_question_without_one_clear_window_is_left_as_typed(string typed)
    {
        Assert.False(TimePhrase.TryExtract(typed, Now, out _, out _));
    }

    [Fact]
    public async Task Search_answers_a_question_with_a_window_as_it_answers_the_question_with_since()
    {
        var phrased = await SearchAsync(("query", "language models from the past month"));
        var option = await SearchAsync(("query", "language models"), ("since", "1m"));
        var month = await SearchAsync(("query", "language models since December 2024"));
        var monthOption = await SearchAsync(("query", "language models"), ("since", "2024-12"));

        Assert.Equal(ReplyKind.Ok, phrased.Kind);
        Assert.Equal(option.Text, phrased.Text);
        Assert.Contains("since 2024-12-10", phrased.Text, StringComparison.Ordinal);
        Assert.NotEmpty(Ids(phrased));
        Assert.Equal(Ids(option), Ids(phrased));
        Assert.Equal(monthOption.Text, month.Text);
        Assert.Equal(Ids(monthOption), Ids(month));
    }

    [Fact]
    public async Task A_month_in_a_question_keeps_the_papers_published_within_it_and_the_reply_names_it()
    {
        var month = await SearchAsync(("query", "language models in November 2024"), ("limit", 100L));
        var since = await SearchAsync(("query", "language models"), ("since", "2024-11"), ("limit", 100L));

        var (start, end) = (new DateTimeOffset(2024, 11, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 12, 1, 0, 0, 0, TimeSpan.Zero));
        var within = Hits(since).Where(h => h.Published < end).Select(h => h.Id).ToList();
        Assert.NotEmpty(within);
        Assert.NotEqual(within.Count, Hits(since).Count); // the page also has papers of December, which the month leaves out
        Assert.All(Hits(month), h => Assert.InRange(h.Published!.Value, start, end.AddTicks(-1)));
        Assert.Empty(within.Except(Ids(month))); // fewer than a page have both words within the month, so the closest come too
        Assert.StartsWith($"Only {within.Count} papers published in November 2024 have all 2 words of \u201Clanguage models\u201D", month.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Before_a_month_keeps_the_papers_published_before_it_began()
    {
        var before = await SearchAsync(("query", "language models before December 2024"), ("limit", 100L));
        var anyDate = await SearchAsync(("query", "language models"), ("limit", 100L));

        var end = new DateTimeOffset(2024, 12, 1, 0, 0, 0, TimeSpan.Zero);
        var earlier = Hits(anyDate).Where(h => h.Published < end).Select(h => h.Id).ToList();
        Assert.NotEmpty(earlier);
        Assert.NotEqual(earlier.Count, Hits(anyDate).Count);
        Assert.All(Hits(before), h => Assert.True(h.Published < end, $"{h.Id} published {h.Published}"));
        Assert.Empty(earlier.Except(Ids(before)));
        Assert.Contains(" published before December 2024 ", before.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_range_of_months_keeps_the_papers_published_within_it_and_after_a_month_those_since_it_ended()
    {
        var range = await SearchAsync(("query", "language models between October and November 2024"), ("limit", 100L));
        var after = await SearchAsync(("query", "language models after November 2024"), ("limit", 100L));
        var anyDate = await SearchAsync(("query", "language models"), ("limit", 100L));

        var (start, end) = (new DateTimeOffset(2024, 10, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 12, 1, 0, 0, 0, TimeSpan.Zero));
        var within = Hits(anyDate).Where(h => h.Published >= start && h.Published < end).Select(h => h.Id).ToList();
        var later = Hits(anyDate).Where(h => h.Published >= end).Select(h => h.Id).ToList();
        Assert.NotEmpty(within);
        Assert.NotEmpty(later);
        Assert.All(Hits(range), h => Assert.InRange(h.Published!.Value, start, end.AddTicks(-1)));
        Assert.Empty(within.Except(Ids(range)));
        Assert.Contains(" published from October 2024 to November 2024 ", range.Text, StringComparison.Ordinal);
        Assert.All(Hits(after), h => Assert.True(h.Published >= end, $"{h.Id} published {h.Published}"));
        Assert.Empty(later.Except(Ids(after)));
        Assert.Contains(" published since 2024-12-01 ", after.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_year_that_holds_no_matching_paper_says_how_many_papers_of_other_dates_match()
    {
        var empty = await SearchAsync(("query", "language models in 2023"));
        var anyDate = await SearchAsync(("query", "language models"), ("limit", 100L));

        Assert.Equal(
            $"No papers published in 2023 match \u201Clanguage models\u201D: no stored paper is from that time; {Hits(anyDate).Count} papers of other dates match, the newest published 2024-12-31",
            empty.Text);
    }

    [Fact]
    public async Task A_since_given_wins_and_operator_queries_keep_their_words()
    {
        var both = await SearchAsync(("query", "language models from the past month"), ("since", "2024-12-30"));
        var operators = await SearchAsync(("query", "ti:language AND today"));

        Assert.Contains("since 2024-12-30", both.Text, StringComparison.Ordinal);
        Assert.Contains("\u201Clanguage models from the past month\u201D", both.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("since", operators.Text, StringComparison.Ordinal);
    }

    private static IReadOnlyList<SearchHit> Hits(Reply reply) => Assert.IsType<IReadOnlyList<SearchHit>>(reply.Data, exactMatch: false);

    private static List<string> Ids(Reply reply) => [.. Assert.IsType<IReadOnlyList<SearchHit>>(reply.Data, exactMatch: false).Select(h => h.Id)];

    private Task<Reply> SearchAsync(params (string Name, object Value)[] options) =>
        _app.DispatchAsync("search", options.Append((Name: "mode", Value: (object)"keyword")).ToDictionary(o => o.Name, o => o.Value));
}
