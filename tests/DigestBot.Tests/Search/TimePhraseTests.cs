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
    [InlineData("diffusion papers from this week", "diffusion papers", "2026-06-05")]
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
    [InlineData("the last mile problem")]
    [InlineData("layer normalization")]
    [InlineData("this week")]
    [InlineData("agents this week and last month")]
    [InlineData("agents since may")]
    [InlineData("agents since 2025-13")]
    [InlineData("agents since June 2025-06")]
    [InlineData("agents after 2025")]
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
    public async Task A_since_given_wins_and_operator_queries_keep_their_words()
    {
        var both = await SearchAsync(("query", "language models from the past month"), ("since", "2024-12-30"));
        var operators = await SearchAsync(("query", "ti:language AND today"));

        Assert.Contains("since 2024-12-30", both.Text, StringComparison.Ordinal);
        Assert.Contains("\u201Clanguage models from the past month\u201D", both.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("since", operators.Text, StringComparison.Ordinal);
    }

    private static List<string> Ids(Reply reply) => [.. Assert.IsType<IReadOnlyList<SearchHit>>(reply.Data, exactMatch: false).Select(h => h.Id)];

    private Task<Reply> SearchAsync(params (string Name, object Value)[] options) =>
        _app.DispatchAsync("search", options.Append((Name: "mode", Value: (object)"keyword")).ToDictionary(o => o.Name, o => o.Value));
}
