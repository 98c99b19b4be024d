using DigestBot.Commands;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Search;

/// <summary>
/// "Did you mean": a word no stored paper has is answered with the nearest word papers do have, on the real daily papers
/// page. Before, <c>ti:langauge</c> said only "No papers match ti:langauge", as if no paper were about language.
/// </summary>
public sealed class SpellingTests : IDisposable
{
    private readonly DailyPageApp _app = new();

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("ti:langauge", "No papers match ti:langauge — did you mean ti:language?")]
    [InlineData("\"langauge models\"", "No papers match \"langauge models\" — did you mean \"language models\"?")]
    [InlineData("Langauge", "No papers match \u201CLangauge\u201D — did you mean \u201CLanguage\u201D?")]
    public async Task A_search_a_typo_leaves_empty_names_the_word_papers_have(string query, string line)
    {
        var reply = await SearchAsync(query);

        Assert.Equal(line, reply.Text);
    }

    [Fact]
    public async Task A_question_with_a_typo_answered_by_the_closest_papers_says_what_it_meant()
    {
        var reply = await SearchAsync("langauge models for reasoning");

        Assert.StartsWith(
            "No paper has all 3 words of \u201Clangauge models for reasoning\u201D (did you mean \u201Clanguage models for reasoning\u201D?) — showing the closest",
            reply.Text,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("language models")]
    [InlineData("xyzzyq")]
    [InlineData("ti:langu*")]
    [InlineData("langauge OR models")]
    public async Task A_search_that_found_its_words_or_has_no_near_word_suggests_nothing(string query)
    {
        var reply = await SearchAsync(query);

        Assert.DoesNotContain("did you mean", reply.Text, StringComparison.Ordinal);
    }

    private Task<Reply> SearchAsync(string query) =>
        _app.DispatchAsync("search", new Dictionary<string, object> { ["query"] = query, ["mode"] = "keyword" });
}
