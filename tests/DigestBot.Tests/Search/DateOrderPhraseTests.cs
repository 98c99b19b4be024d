using DigestBot.Commands;
using DigestBot.Search;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Search;

/// <summary>
/// A question that asks for the newest papers in words (<c>latest papers on diffusion</c>, <c>agents, newest first</c>)
/// is sorted by date: before, "latest" was dropped as filler and the papers came by relevance, and "newest first" was
/// searched for as two words.
/// </summary>
public sealed class DateOrderPhraseTests : IDisposable
{
    private readonly DailyPageApp _app = new();

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("latest papers on diffusion", "papers on diffusion")]
    [InlineData("agents, newest first", "agents")]
    [InlineData("sparse attention sorted by date", "sparse attention")]
    [InlineData("most recent work on agents", "work on agents")]
    [InlineData("Newest methods for pruning?", "methods for pruning")]
    [InlineData("pruning, latest first", "pruning")]
    [InlineData("agents by date", "agents")]
    public void Words_asking_for_the_newest_are_taken_out_of_the_question(string typed, string rest)
    {
        Assert.True(DateOrderPhrase.TryExtract(typed, out var left));
        Assert.Equal(rest, left);
    }

    [Theory]
    [InlineData("latest")]
    [InlineData("newest first")]
    [InlineData("latent diffusion")]
    [InlineData("newest-generation accelerators")]
    [InlineData("recent advances in agents")]
    [InlineData("layer normalization")]
    public void A_question_without_them_or_with_nothing_else_is_left_as_typed(string typed)
    {
        Assert.False(DateOrderPhrase.TryExtract(typed, out _));
    }

    [Fact]
    public async Task Search_answers_latest_as_it_answers_sort_date()
    {
        var phrased = await SearchAsync(("query", "latest language models"));
        var option = await SearchAsync(("query", "language models"), ("sort", "date"));

        Assert.Equal(ReplyKind.Ok, phrased.Kind);
        Assert.Contains(", newest first", phrased.Text, StringComparison.Ordinal);
        Assert.Equal(option.Text, phrased.Text);
        Assert.NotEmpty(Ids(phrased));
        Assert.Equal(Ids(option), Ids(phrased));
    }

    [Fact]
    public async Task A_sort_given_wins_and_the_words_are_the_question_s()
    {
        var relevance = await SearchAsync(("query", "language models, newest first"), ("sort", "relevance"));

        Assert.DoesNotContain("newest first;", relevance.Text, StringComparison.Ordinal);
        Assert.Contains("\u201Clanguage models, newest first\u201D", relevance.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_operator_query_is_read_exactly()
    {
        var query = DigestBot.QueryLanguage.SearchQuery.ParseSearch("ti:latest OR newest");

        var (read, sort) = DateOrderPhrase.Apply(query, null);

        Assert.Same(query, read);
        Assert.Null(sort);
    }

    private static List<string> Ids(Reply reply) => [.. Assert.IsType<IReadOnlyList<SearchHit>>(reply.Data, exactMatch: false).Select(h => h.Id)];

    private Task<Reply> SearchAsync(params (string Name, object Value)[] options) =>
        _app.DispatchAsync("search", options.Append((Name: "mode", Value: (object)"keyword")).ToDictionary(o => o.Name, o => o.Value));
}
