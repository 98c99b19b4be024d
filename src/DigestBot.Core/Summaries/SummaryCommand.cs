using DigestBot.Commands;
using DigestBot.Papers;
using DigestBot.QueryLanguage;
using DigestBot.Search;

namespace DigestBot.Summaries;

/// <summary>
/// <c>summary ID [--llm]</c>: a paper's TL;DR, labelled with where it came from. <c>summary --topic QUERY [--since 7d]</c>:
/// the themes among the papers matching a query (see <see cref="TopicOverview"/>). Exactly one of ID and --topic.
/// </summary>
public sealed class SummaryCommand(
    MissingPapers papers, SummaryService summaries, KeyPhrases keyPhrases, TopicOverview topics, TimeProvider time) : ICommandHandler
{
    public static CommandDefinition Definition { get; } = new(
        "summary",
        "Summarise a paper (offline extract, HF AI summary, or the LLM with --llm), or a topic's themes with --topic",
        [
            new CommandOption("id", "arXiv id, DOI or link of the paper (or use --topic)") { Positional = true },
            new CommandOption("llm", "Ask the configured LLM (falls back to the extract)", OptionType.Boolean),
            new CommandOption("topic", "Group the papers matching this query into themes, e.g. \"KV cache\" OR pruning") { IsQuery = true },
            new CommandOption("since", $"With --topic, only papers published since: {SinceOption.Help}"),
        ])
    {
        MayBeSlow = true,
        SupportsJson = true,
        LocalOnly = true, // Discord has it as /summary paper and /summary topic
        Example = "2606.13392",
        CheckInput = Check,
    };

    public async ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        Check(request);
        var topic = request.GetString("topic");
        return topic is not null ? Topic(request, topic, cancellationToken) : await PaperAsync(request, request.GetString("id")!, cancellationToken);
    }

    /// <summary>What is wrong with the options before any paper is read (<see cref="CommandDefinition.CheckInput"/>), as the handler says it.</summary>
    private static void Check(CommandRequest request)
    {
        var id = request.GetString("id");
        var topic = request.GetString("topic");
        if ((id is null) == (topic is null))
        {
            throw new CommandInputException(id is null
                ? "summary: give a paper ID, or --topic QUERY for the themes of a topic"
                : NotBoth);
        }

        // --topic takes the words up to the next option, so an ID typed after the topic would end up in it, silently
        // searched for as a word: refused as the ID before --topic is.
        if (topic is not null && TrailingPaperId(topic) is { } trailing)
        {
            throw new CommandInputException($"{NotBoth} ('{trailing}' after --topic is a paper ID; to search for it, write id:{trailing})");
        }

        if (topic is null)
        {
            if (request.GetString("since") is not null)
            {
                throw new CommandInputException("summary: --since goes with --topic");
            }

            PaperArgument.CheckForm(id!);
            return;
        }

        CheckTopic(request, topic);
    }

    /// <summary>What is wrong with a topic and its window before any paper is read (also <c>/summary topic</c>'s check).</summary>
    internal static void CheckTopic(CommandRequest request, string topic)
    {
        if (request.GetBoolean("llm"))
        {
            throw new CommandInputException("summary: --llm summarises one paper; leave it out with --topic");
        }

        if (!SearchQuery.TryParseSearch(topic, out _, out var error))
        {
            throw new CommandInputException($"{TopicNamed(request.Origin)}: {error}");
        }

        _ = SinceOption.Window(request.GetString("since"), DateTimeOffset.UtcNow, request.Origin.IsDiscord);
    }

    /// <summary>The topic as the member wrote it: <c>summary --topic</c>, or <c>/summary topic</c> in Discord.</summary>
    private static string TopicNamed(CommandOrigin origin) => origin.IsDiscord ? "/summary topic" : "summary --topic";

    private const string NotBoth = "summary: give a paper ID or --topic QUERY, not both";

    /// <summary>The last word of a topic of several words when it names a paper as <c>summary ID</c> reads one, else null.</summary>
    internal static string? TrailingPaperId(string topic)
    {
        var words = topic.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && PaperReference.TryParse(words[^1], out _) ? words[^1] : null;
    }

    /// <summary>
    /// The themes of a topic. <c>/summary topic</c> comes here directly: its topic is an option of its own in Discord, so
    /// whatever words it holds are the topic.
    /// </summary>
    internal Reply Topic(CommandRequest request, string topic, CancellationToken cancellationToken)
    {
        if (request.GetBoolean("llm"))
        {
            throw new CommandInputException("summary: --llm summarises one paper; leave it out with --topic");
        }

        // Read as search reads it: a topic in plain words (a question) is free text, never refused for its punctuation.
        if (!SearchQuery.TryParseSearch(topic, out var query, out var error))
        {
            throw new CommandInputException($"{TopicNamed(request.Origin)}: {error}");
        }

        // "agents this week": the window is --since, as search reads it.
        var now = time.GetUtcNow();
        (query, var since, var until) = TimePhrase.Apply(query, SinceOption.Window(request.GetString("since"), now, request.Origin.IsDiscord), now);
        return TopicReply.Build(topics.Overview(query, since, until, request.Progress, cancellationToken), summaries);
    }

    private async Task<Reply> PaperAsync(CommandRequest request, string text, CancellationToken cancellationToken)
    {
        if (request.GetString("since") is not null)
        {
            throw new CommandInputException("summary: --since goes with --topic");
        }

        var paper = (await papers.ResolveAsync(text, request, cancellationToken)).Paper;
        var useLlm = request.GetBoolean("llm");
        var tldr = await summaries.SummarizeAsync(paper, useLlm, cancellationToken);
        // Asked for the LLM's summary and shown another: the reply says why (in Discord too, where no log is seen).
        var note = tldr.LlmFailure is { } failure
            ? $"{char.ToUpperInvariant(failure[0])}{failure[1..]}; showing {tldr.Description}."
            : null;
        var phrases = keyPhrases.Of(paper, cancellationToken: cancellationToken).Select(k => k.Text).ToList();
        var card = new Card(ReadableTex.Readable(paper.Title))
        {
            Url = paper.Links.Abs,
            Fields =
            [
                new CardField(tldr.Label, ReplyMarkup.Escape(ReadableTex.Readable(tldr.Text))),
                .. phrases.Count > 0 ? [new CardField("Key phrases", ReplyMarkup.Escape(string.Join(" · ", phrases)))] : Array.Empty<CardField>(),
            ],
            Footer = note,
        };
        return new Reply
        {
            Cards = [card],
            Data = new SummaryJson(paper.Id, tldr.Text, tldr.Kind.ToString().ToLowerInvariant(), tldr.Model, phrases, tldr.LlmFailure),
        };
    }

    /// <param name="LlmError">With <c>--llm</c>, why the TL;DR is not the LLM's (null when it is, or when not asked).</param>
    private sealed record SummaryJson(string Id, string Tldr, string Source, string? Model, IReadOnlyList<string> KeyPhrases, string? LlmError);
}
