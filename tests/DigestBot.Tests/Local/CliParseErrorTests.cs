namespace DigestBot.Tests.Local;

/// <summary>
/// Bad command lines, through the executable's parsing and through the prompt: each is one line of our own that
/// names the command, option or argument and what it takes, never a .NET type, and the prompt answers exit code 2.
/// </summary>
public sealed class CliParseErrorTests
{
    public static TheoryData<string, string> SameEverywhere => new()
    {
        { "seach foo", "unknown command 'seach' — did you mean search?" },
        { "serach foo", "unknown command 'serach' — did you mean search?" },
        { "watch ad x", "unknown command 'watch ad' — did you mean watch add?" },
        { "bibtex 2606.13106", "unknown command 'bibtex' — did you mean cite?" },
        { "summarize https://arxiv.org/abs/2606.13106", "unknown command 'summarize' — did you mean summary?" },
        { "subscribe ti:diffusion", "unknown command 'subscribe' — did you mean watch add?" },
        { "watches", "unknown command 'watches' — did you mean watch list?" },
        { "health", "unknown command 'health' — did you mean status?" },
        { "watch", "watch: missing command — one of add, edit, list, pause, remove, resume, test" },
        { "paper", "paper: missing ID (usage: paper ID [--json])" },
        { "similar", "similar: missing ID (usage: similar ID [--limit N] [--json])" },
        { "schedule set daily 08:00 --timezone Europe/Berlin", "schedule set: unknown option '--timezone' — did you mean --tz?" },
        { "similar 2501.90065 --lmit 9", "similar: unknown option '--lmit' — did you mean --limit?" },
        { "papers extra", "papers: unexpected argument 'extra' (usage: papers [--limit N] [--json])" },
        { "papers --lmit 5", "papers: unknown option '--lmit' — did you mean --limit?" },
        { "papers --frob", "papers: unknown option '--frob' (usage: papers [--limit N] [--json])" },
        { "search layer norm --lmit 5", "search: unknown option '--lmit' — did you mean --limit?" },
        { "summary --topic agents OR diffusion --sinse 7d", "summary: unknown option '--sinse' — did you mean --since?" },
        { "summary --topic", "--topic: needs a value" },
        { "summary --topic agents --topic diffusion", "--topic: given more than once" },
        { "papers --limit abc", "--limit: 'abc' is not a whole number" },
        { "papers --limit 2.5", "--limit: '2.5' is not a whole number" },
        { "papers --limit 99999999999999999999", "--limit: '99999999999999999999' is out of range" },
        { "papers --limit", "--limit: needs a whole number" },
        { "papers --limit --json", "--limit: needs a whole number" },
        { "papers --limit 1 --limit 2", "--limit: given more than once" },
        { "papers --json=maybe", "--json: 'maybe' is not true or false" },
        { "watch add ti:x --name", "--name: needs a value" },
        { "search", "search: missing QUERY (usage: search QUERY [--since SINCE] [--sort relevance|date] [--mode keyword|semantic|hybrid] [--limit N] [--offset N] [--json])" },
    };

    [Theory]
    [MemberData(nameof(SameEverywhere))]
    public async Task A_bad_command_line_is_one_line_of_our_own_in_the_shell(string line, string expected)
    {
        var (problem, invocation) = await ShellCli.ParseAsync(ShellCli.SplitAsShell(line)!);

        Assert.Null(invocation);
        Assert.Equal(expected, problem);
    }

    [Theory]
    [MemberData(nameof(SameEverywhere))]
    public async Task A_bad_command_line_is_one_line_of_our_own_at_the_prompt(string line, string expected) =>
        AssertNoTypeNames(await RefusedAtPromptAsync(line, expected));

    [Fact]
    public async Task An_unknown_command_with_nothing_close_points_to_the_help_of_where_it_was_typed()
    {
        var shell = await ShellCli.ParseAsync("frobnicate");
        var prompt = await new RecordingPrompt().RunAsync("frobnicate");

        Assert.Equal("unknown command 'frobnicate' — see digestbot --help", shell.Problem);
        Assert.Equal("unknown command 'frobnicate' — type help", prompt.Error.TrimEnd());
        Assert.Equal(2, prompt.ExitCode);
    }

    [Theory]
    [InlineData("layer normalization", "search 'layer normalization'", "search layer normalization")]
    [InlineData("transformers in vision", "search 'transformers in vision'", "search transformers in vision")]
    [InlineData("what's new in RL", "search \"what's new in RL\"", "search what's new in RL")]
    [InlineData("abstract syntax trees", "search 'abstract syntax trees'", "search abstract syntax trees")]
    [InlineData("citation networks", "search 'citation networks'", "search citation networks")]
    [InlineData("health misinformation detection", "search 'health misinformation detection'", "search health misinformation detection")]
    public async Task A_question_typed_as_a_command_is_offered_to_search_not_to_a_command_that_takes_a_paper(string line, string shellHint, string promptHint)
    {
        var first = line.Split(' ')[0];
        var shell = await ShellCli.ParseAsync(line.Split(' '));
        var prompt = await new RecordingPrompt().RunAsync(line.Replace("'", "\\'", StringComparison.Ordinal));

        Assert.Equal($"unknown command '{first}' — to search for these words, type digestbot {shellHint}", shell.Problem);
        Assert.Equal($"unknown command '{first}' — to search for these words, type {promptHint}", prompt.Error.TrimEnd());
    }

    [Theory]
    [InlineData("papr", "unknown command 'papr' — did you mean paper?")]
    [InlineData("papr 2606.13106", "unknown command 'papr' — did you mean paper?")]
    [InlineData("cit https://arxiv.org/abs/2606.13106", "unknown command 'cit' — did you mean cite?")]
    public async Task A_misspelt_command_that_takes_a_paper_is_still_suggested_before_a_paper_or_alone(string line, string expected)
    {
        var (problem, _) = await ShellCli.ParseAsync(line.Split(' '));

        Assert.Equal(expected, problem);
    }

    [Theory]
    [InlineData("https://arxiv.org/abs/2606.13106")]
    [InlineData("2606.13106")]
    [InlineData("W2741809807")]
    public async Task A_paper_link_or_id_typed_as_a_command_points_to_the_paper_command(string pasted)
    {
        var shell = await ShellCli.ParseAsync(pasted);
        var prompt = await new RecordingPrompt().RunAsync(pasted);

        Assert.Equal($"unknown command '{pasted}' — for that paper, type digestbot paper {pasted}", shell.Problem);
        Assert.Equal($"unknown command '{pasted}' — for that paper, type paper {pasted}", prompt.Error.TrimEnd());
        Assert.Equal(2, prompt.ExitCode);
    }

    [Theory]
    [InlineData("--data: needs a directory", "papers", "--data")]
    [InlineData("--version: cannot be combined with other arguments", "--version", "papers")]
    [InlineData("unknown option '--frob' — see digestbot --help", "--frob")]
    [InlineData("--interactive: 'maybe' is not true or false", "--interactive=maybe")]
    public async Task The_executables_own_options_are_worded_the_same_way(string expected, params string[] args)
    {
        var (problem, _) = await ShellCli.ParseAsync(args);

        Assert.Equal(expected, problem);
    }

    [Theory]
    [InlineData("watch remove 0", "watch remove: watch must be at least 1 (got 0)")]
    [InlineData("watch pause 0", "watch pause: watch must be at least 1 (got 0)")]
    [InlineData("watch resume 0", "watch resume: watch must be at least 1 (got 0)")]
    [InlineData("status --channel -1", "status: channel must be at least 0 (got -1)")]
    [InlineData("papers --limit 0", "papers: limit must be between 1 and 1000 (got 0)")]
    public async Task A_number_out_of_range_names_the_bounds_it_has(string line, string expected) =>
        await RefusedAtPromptAsync(line, expected);

    /// <summary>Runs the line at the prompt: exit code 2, nothing run, nothing on stdout, exactly the expected line on stderr (returned).</summary>
    private static async Task<string> RefusedAtPromptAsync(string line, string expected)
    {
        var prompt = new RecordingPrompt();

        var (code, output, error) = await prompt.RunAsync(line);

        Assert.Equal(2, code);
        Assert.Null(prompt.Received);
        Assert.Equal(string.Empty, output);
        Assert.Equal(expected, Assert.Single(error.TrimEnd().Split('\n')));
        return error;
    }

    [Theory]
    [InlineData("agents OR diffusion", null, "summary", "--topic", "agents", "OR", "diffusion")]
    [InlineData("agents OR diffusion", null, "summary", "--topic=agents", "OR", "diffusion", "--since", "30d")]
    [InlineData("\"KV cache\" OR pruning", null, "summary", "--since", "30d", "--topic", "\"KV cache\" OR pruning")]
    [InlineData("agents OR diffusion", "2412.13795", "summary", "2412.13795", "--topic", "agents", "OR", "diffusion")]
    public async Task A_topic_query_takes_the_words_up_to_the_next_option(string topic, string? id, params string[] args)
    {
        var (problem, invocation) = await ShellCli.ParseAsync(args);

        Assert.Null(problem);
        Assert.Equal(topic, invocation!.Options["topic"]);
        Assert.Equal(id, invocation.Options.GetValueOrDefault("id"));
    }

    [Theory]
    [InlineData("making transformers deeper", null, null, "watch", "add", "--about", "making", "transformers", "deeper")]
    [InlineData("making transformers deeper", "cat:cs.LG", "deep", "watch", "add", "cat:cs.LG", "--about", "making", "transformers", "deeper", "--name", "deep")]
    [InlineData("\"making transformers deeper\"", null, null, "watch", "add", "--about", "\"making transformers deeper\"")]
    public async Task Watch_add_about_takes_the_words_up_to_the_next_option(string about, string? query, string? name, params string[] args)
    {
        var (problem, invocation) = await ShellCli.ParseAsync(args);

        Assert.Null(problem);
        Assert.Equal(about, invocation!.Options["about"]);
        Assert.Equal(query, invocation.Options.GetValueOrDefault("query"));
        Assert.Equal(name, invocation.Options.GetValueOrDefault("name"));
    }

    [Fact]
    public async Task Words_after_a_double_dash_are_query_words_not_options()
    {
        var (problem, invocation) = await ShellCli.ParseAsync("search", "ai", "--", "--lmit");

        Assert.Null(problem);
        Assert.Equal("ai --lmit", invocation!.Options["query"]);
    }

    internal static void AssertNoTypeNames(string text)
    {
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Nullable`", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }
}
