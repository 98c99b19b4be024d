using DigestBot.Commands;
using DigestBot.Search;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Search;

/// <summary>
/// <c>search --sort</c> takes the words people type for its two orders (<c>newest</c> was refused: "sort must be
/// relevance or date"), on the CLI and at the prompt; Discord offers the two choices alone.
/// </summary>
public sealed class SortOptionTests : IDisposable
{
    private readonly DailyPageApp _app = new();

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("date", SearchSort.Date)]
    [InlineData("newest", SearchSort.Date)]
    [InlineData("Latest", SearchSort.Date)]
    [InlineData("recent", SearchSort.Date)]
    [InlineData("relevance", SearchSort.Relevance)]
    [InlineData("BEST", SearchSort.Relevance)]
    [InlineData("relevant", SearchSort.Relevance)]
    public void A_word_for_an_order_is_read_as_that_order(string typed, SearchSort expected)
    {
        Assert.Equal(expected, SearchCommand.Sort(typed));
    }

    [Fact]
    public async Task Sort_newest_answers_as_sort_date_does_and_oldest_is_still_refused()
    {
        var newest = await SearchAsync("newest");
        var date = await SearchAsync("date");
        var relevance = await SearchAsync("relevance");
        var oldest = await SearchAsync("oldest");

        Assert.Equal(ReplyKind.Ok, newest.Kind);
        Assert.Contains(", newest first; showing 1–", newest.Text, StringComparison.Ordinal);
        Assert.Equal(Ids(date), Ids(newest));
        Assert.NotEqual(Ids(relevance), Ids(newest));
        Assert.Equal(ReplyKind.Invalid, oldest.Kind);
        Assert.Equal("search: sort must be relevance or date (got 'oldest')", oldest.Text);
    }

    private static List<string> Ids(Reply reply) => [.. Assert.IsType<IReadOnlyList<SearchHit>>(reply.Data, exactMatch: false).Select(h => h.Id)];

    private Task<Reply> SearchAsync(string sort) =>
        _app.DispatchAsync("search", new Dictionary<string, object> { ["query"] = "language models", ["sort"] = sort, ["mode"] = "keyword" });
}
