using DigestBot.Commands;
using DigestBot.Search;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Search;

/// <summary>
/// "papers similar to 2412.13795" typed into search is the similar command's question: searched as words, it found the
/// papers that say "similar".
/// </summary>
public sealed class SimilarQuestionTests : IDisposable
{
    private readonly DailyPageApp _app = new();

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("papers similar to 2412.13795", "2412.13795")]
    [InlineData("Show me more papers like https://arxiv.org/abs/2412.13795v2?", "https://arxiv.org/abs/2412.13795v2")]
    [InlineData("related work to 10.1038/s41586-021-03819-2", "10.1038/s41586-021-03819-2")]
    [InlineData("find papers that are related to 2412.13795.", "2412.13795")]
    [InlineData("similar to 2412.13795", "2412.13795")]
    public void A_question_for_papers_like_one_names_it(string typed, string paper) =>
        Assert.Equal(paper, SimilarQuestion.Paper(typed));

    [Theory]
    [InlineData("papers similar to transformers")]
    [InlineData("similarity search 2412.13795")]
    [InlineData("attention like mechanisms")]
    [InlineData("papers similar to 2412.13795 on vision")]
    [InlineData("2412.13795")]
    public void Anything_else_is_searched(string typed) =>
        Assert.Null(SimilarQuestion.Paper(typed));

    [Fact]
    public async Task Search_answers_it_as_similar_does_and_a_search_option_keeps_it_a_search()
    {
        var id = Assert.IsType<IReadOnlyList<SearchHit>>((await Dispatch("search", ("query", "language models"), ("mode", "keyword"))).Data, exactMatch: false)[0].Id;

        var asked = await Dispatch("search", ("query", $"papers similar to {id}"), ("limit", 3L));
        var similar = await Dispatch("similar", ("id", id), ("limit", 3L));
        var searched = await Dispatch("search", ("query", $"papers similar to {id}"), ("sort", "date"));

        Assert.Equal(ReplyKind.Ok, asked.Kind);
        Assert.Equal(similar.Text, asked.Text);
        Assert.Equal(Ids(similar), Ids(asked));
        Assert.Equal(3, Ids(asked).Count);
        Assert.DoesNotContain(id, Ids(asked));
        Assert.Contains("papers similar to", searched.Text, StringComparison.Ordinal);
    }

    private static List<string> Ids(Reply reply) => [.. Assert.IsType<IReadOnlyList<SearchHit>>(reply.Data, exactMatch: false).Select(h => h.Id)];

    private Task<Reply> Dispatch(string command, params (string Name, object Value)[] options) =>
        _app.DispatchAsync(command, options.ToDictionary(o => o.Name, o => o.Value));
}
