using DigestBot.Commands;
using DigestBot.QueryLanguage;
using DigestBot.Semantic;
using DigestBot.Watches;

namespace DigestBot.Tests.Semantic;

public sealed class SemanticQueryTests
{
    [Theory]
    [InlineData("like:2405.13786", SearchField.Like, "2405.13786")]
    [InlineData("like:2405.13786,2406.01234", SearchField.Like, "2405.13786,2406.01234")]
    [InlineData("about:\"making transformers deeper\" AND cat:cs.LG", SearchField.About, "making transformers deeper")]
    [InlineData("like:2405.13786 AND NOT ti:survey", SearchField.Like, "2405.13786")]
    public void Like_and_about_are_fields_of_the_query_language(string text, SearchField field, string value)
    {
        Assert.True(SearchQuery.TryParse(text, out var query, out _));

        var term = Assert.Single(query.SemanticTerms);
        Assert.Equal((field, value), (term.Field, term.Text));
        Assert.False(query.IsFreeText);
    }

    [Theory]
    [InlineData("like:transformers", "like: ")]
    [InlineData("like:2405.13786,nonsense", "like: ")]
    [InlineData("like:2405.*", "like: takes paper ids, not wildcards ('2405.*')")]
    [InlineData("about:deep*", "about: takes words, not wildcards ('deep*')")]
    public void A_bad_semantic_term_is_refused_with_one_line(string text, string start)
    {
        Assert.False(SearchQuery.TryParse(text, out _, out var error));
        Assert.StartsWith(start, error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error);
    }

    [Theory]
    [InlineData(null, "quantizing weights to fewer bits", "about:\"quantizing weights to fewer bits\"")]
    [InlineData("cat:cs.LG OR cat:cs.CL", "quantizing \"weights\"", "about:\"quantizing weights\" AND (cat:cs.LG OR cat:cs.CL)")]
    [InlineData("like:2405.13786", null, "like:2405.13786")]
    public void Watch_add_about_becomes_an_about_term_required_beside_the_query(string? query, string? about, string expected) =>
        Assert.Equal(expected, WatchAddCommand.Query(query, about));

    [Theory]
    [InlineData(null, null, "making transformers deeper", "making transformers deeper")]
    [InlineData(null, null, " \"making transformers\" deeper ", "making transformers deeper")]
    [InlineData(null, null, "shrinking neural networks by storing their weights in fewer bits", "shrinking neural networks by storing their weight…")]
    [InlineData("deep", null, "making transformers deeper", "deep")]
    [InlineData(null, "cat:cs.LG", "making transformers deeper", null)]
    [InlineData(null, "cat:cs.LG", null, null)]
    public void Watch_add_about_alone_is_named_by_its_words_as_a_query_is_by_itself(string? name, string? query, string? about, string? expected) =>
        Assert.Equal(expected, WatchAddCommand.Name(name, query, about));

    [Fact]
    public void Watch_add_without_a_query_or_about_says_what_it_needs() =>
        Assert.Equal(
            "watch add: give a query, --about \"text\", or both",
            Assert.Throws<CommandInputException>(() => WatchAddCommand.Query(" ", null)).Message);

    [Fact]
    public void In_discord_it_names_the_two_options_as_discord_shows_them() =>
        Assert.Equal(
            "/watch add: give a query, an about text, or both",
            Assert.Throws<CommandInputException>(() => WatchAddCommand.Query(null, " ", inDiscord: true)).Message);

    [Fact]
    public void The_embed_progress_bar_says_how_far_how_fast_and_how_long() =>
        Assert.Equal(
            "[#######.............]  35%  7,000 of 20,000 papers, 48/s, ~4 min left",
            EmbedCommand.Bar(7000, 20_000, TimeSpan.FromSeconds(145)));
}
