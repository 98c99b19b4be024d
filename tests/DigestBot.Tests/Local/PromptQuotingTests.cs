namespace DigestBot.Tests.Local;

/// <summary>
/// What a prompt line hands to its command: words split as a shell splits them, except that a query is taken as
/// typed, so a phrase stays a phrase; options after the query still parse.
/// </summary>
public sealed class PromptQuotingTests
{
    private readonly RecordingPrompt _prompt = new();

    [Fact]
    public async Task Prompt_keeps_quotes_of_a_phrase_watch()
    {
        var (code, _, error) = await _prompt.RunAsync("watch add \"layer normalization\" AND cat:cs.LG --name LN");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Equal("watch add", _prompt.Received?.Command);
        Assert.Equal("\"layer normalization\" AND cat:cs.LG", _prompt.Option("query"));
        Assert.Equal("LN", _prompt.Option("name"));
    }

    [Theory]
    [InlineData("search \"layer normalization\"", "\"layer normalization\"")]
    [InlineData("/search \"layer normalization\" --limit 3", "\"layer normalization\"")]
    [InlineData("search '\"layer normalization\" AND cat:cs.LG' --since 30d", "\"layer normalization\" AND cat:cs.LG")]
    [InlineData("search ti:\"layer norm\" -survey", "ti:\"layer norm\" -survey")]
    [InlineData("search  two   spaces", "two spaces")]
    [InlineData("search O'Neil", "O'Neil")]
    [InlineData("search @karpathy", "@karpathy")]
    [InlineData("watch test \"kv cache\" OR pruning --days 14", "\"kv cache\" OR pruning")]
    public async Task A_query_reaches_its_command_as_typed(string line, string query)
    {
        var (code, _, error) = await _prompt.RunAsync(line);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Equal(query, _prompt.Option("query"));
    }

    [Theory]
    [InlineData("/search query:agents", "search", "query", "agents")]
    [InlineData("/search query:layer norm since:7d", "search", "since", "7d")]
    [InlineData("/search query:layer norm since:7d", "search", "query", "layer norm")]
    [InlineData("/search query:\"layer normalization\" AND cat:cs.LG sort:date", "search", "query", "\"layer normalization\" AND cat:cs.LG")]
    [InlineData("/search query:\"layer normalization\" AND cat:cs.LG sort:date", "search", "sort", "date")]
    [InlineData("/paper id:2604.21935", "paper", "id", "2604.21935")]
    [InlineData("/cite paper:2604.21935 format:apa", "cite", "paper", "2604.21935")]
    [InlineData("/cite paper:2604.21935 format:apa", "cite", "format", "apa")]
    [InlineData("/schedule set when:daily 08:00 timezone:Europe/Berlin", "schedule set", "tz", "Europe/Berlin")]
    [InlineData("/schedule set when:daily 08:00 timezone:Europe/Berlin", "schedule set", "when", "daily 08:00")]
    [InlineData("/search id:2604.21935", "search", "query", "id:2604.21935")]
    [InlineData("search query:agents", "search", "query", "query:agents")]
    public async Task A_slash_command_pasted_as_discord_takes_it_reaches_its_command_as_the_cli_form_would(string line, string command, string option, string value)
    {
        var (code, _, error) = await _prompt.RunAsync(line);

        Assert.Equal((0, string.Empty), (code, error));
        Assert.Equal(command, _prompt.Received?.Command);
        Assert.Equal(value, _prompt.Option(option));
    }

    [Theory]
    [InlineData("/summary paper id:2606.13392", "summary", "id=2606.13392")]
    [InlineData("/summary paper id:2606.13392 llm:true", "summary", "id=2606.13392 llm=True")]
    [InlineData("/summary paper id:2606.13392 llm:false", "summary", "id=2606.13392")]
    [InlineData("/summary topic topic:agents since:30d", "summary", "since=30d topic=agents")]
    [InlineData("/summary topic topic:\"KV cache\" OR pruning", "summary", "topic=\"KV cache\" OR pruning")]
    [InlineData("/digest now", "digest", "")]
    [InlineData("/watch add query:\"layer normalization\" name:LN", "watch add", "name=LN query=\"layer normalization\"")]
    [InlineData("/watch remove watch:1", "watch remove", "watch=1")]
    [InlineData("/watch pause watch:2", "watch pause", "watch=2")]
    [InlineData("/schedule show", "schedule show", "")]
    public async Task A_discord_subcommand_pasted_as_discord_takes_it_runs_its_cli_form(string line, string command, string options)
    {
        var (code, _, error) = await _prompt.RunAsync(line);

        Assert.Equal((0, string.Empty), (code, error));
        Assert.Equal(command, _prompt.Received?.Command);
        Assert.Equal(options, string.Join(' ', _prompt.Received!.Value.Options.Where(o => o.Key != "channel" && o.Value is not false).Select(o => $"{o.Key}={o.Value}").Order(StringComparer.Ordinal)));
    }

    [Theory]
    [InlineData("/summary paper 2606.13392")]
    [InlineData("/summary topic agents")]
    [InlineData("/digest now please")]
    [InlineData("/watch remove 1")]
    public async Task A_discord_subcommand_without_its_option_words_is_read_as_the_same_line_without_the_slash(string line)
    {
        var slash = await _prompt.RunAsync(line);
        var slashReceived = _prompt.Received;
        var plain = await _prompt.RunAsync(line[1..]);

        Assert.Equal(plain, slash);
        Assert.Equal(Describe(_prompt.Received), Describe(slashReceived));
    }

    private static string Describe((string Command, IReadOnlyDictionary<string, object> Options)? received) =>
        received is { } r ? $"{r.Command}: {string.Join(' ', r.Options.Select(o => $"{o.Key}={o.Value}").Order(StringComparer.Ordinal))}" : "(none)";

    [Fact]
    public async Task Options_after_the_query_parse_and_lose_their_quotes_as_in_a_shell()
    {
        await _prompt.RunAsync("watch add \"a b\" --name=\"Layer norm\" --channel 7");

        Assert.Equal("\"a b\"", _prompt.Option("query"));
        Assert.Equal("Layer norm", _prompt.Option("name"));
        Assert.Equal(7L, _prompt.Option("channel"));
    }

    [Fact]
    public async Task Text_that_is_not_a_query_is_read_as_a_shell_reads_it()
    {
        await _prompt.RunAsync("schedule set \"weekdays 09:00\" --tz 'Europe/Berlin'");

        Assert.Equal("weekdays 09:00", _prompt.Option("when"));
        Assert.Equal("Europe/Berlin", _prompt.Option("tz"));
    }

    [Theory]
    [InlineData("summary --topic agents OR diffusion", "agents OR diffusion")]
    [InlineData("summary --topic \"KV cache\" OR agents --since 30d", "\"KV cache\" OR agents")]
    [InlineData("summary --topic=\"KV cache\" OR agents", "\"KV cache\" OR agents")]
    public async Task A_topic_query_takes_the_words_up_to_the_next_option_as_typed(string line, string topic)
    {
        var (code, _, error) = await _prompt.RunAsync(line);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Equal(topic, _prompt.Option("topic"));
        Assert.Null(_prompt.Option("id"));
    }

    [Fact]
    public async Task A_topic_query_given_as_an_option_keeps_its_phrase_too()
    {
        await _prompt.RunAsync("summary --topic '\"KV cache\" OR pruning' --since 30d");

        Assert.Equal("\"KV cache\" OR pruning", _prompt.Option("topic"));
        Assert.Equal("30d", _prompt.Option("since"));
    }
}
