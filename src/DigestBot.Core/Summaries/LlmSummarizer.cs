using System.ClientModel;
using System.Text.RegularExpressions;
using DigestBot.Papers;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Summaries;

/// <summary>
/// A 2–3 sentence summary from an OpenAI-compatible model, cached per (paper, model). Every failure — timeout,
/// HTTP error, empty or refusing or overlong answer, spent daily budget — returns no summary with one log line and a
/// reason for the reply (no address, no key: it may be shown in Discord), and the caller falls back to the offline TL;DR.
/// </summary>
public sealed partial class LlmSummarizer(
    IChatClient chat,
    SummaryStore store,
    IOptions<SummariesOptions> options,
    TimeProvider time,
    ILogger<LlmSummarizer> logger)
{
    private const string Instructions =
        "You summarise research papers for busy researchers. Using only the title and abstract given, write a faithful "
        + "summary of 2 to 3 sentences in plain text: what problem, what the paper does, what it finds. Do not add facts, "
        + "opinions, markdown or a preamble.";

    public async Task<(Tldr? Summary, string? Failure)> SummarizeAsync(Paper paper, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (store.Find(paper.Id, settings.Model) is { } cached)
        {
            return (new Tldr(cached, TldrKind.Llm, settings.Model), null);
        }

        if (!store.TryUseCall(time.GetUtcNow(), settings.MaxCallsPerDay))
        {
            logger.LogInformation("LLM summary of {Paper} skipped: the daily budget of {Max} calls is spent", paper.Id, settings.MaxCallsPerDay);
            return (null, $"today's {settings.MaxCallsPerDay} LLM calls are spent (DigestBot:Summaries:MaxCallsPerDay)");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Timeout);
        string answer;
        try
        {
            var response = await chat.GetResponseAsync(
                [new ChatMessage(ChatRole.System, Instructions), new ChatMessage(ChatRole.User, $"Title: {paper.Title}\n\nAbstract: {paper.Abstract}")],
                new ChatOptions { ModelId = settings.Model, Temperature = 0.2f, MaxOutputTokens = 300 },
                timeout.Token);
            answer = Clean(response.Text);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && TimedOut(e))
        {
            logger.LogWarning("LLM summary of {Paper} timed out after {Seconds} s; using the extract", paper.Id, settings.Timeout.TotalSeconds);
            return (null, $"the LLM did not answer within {settings.Timeout.TotalSeconds:0.#} s (DigestBot:Summaries:Timeout)");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Servers quote a rejected key back in their error ("Incorrect API key provided: sk-…"): never log it.
            logger.LogWarning("LLM summary of {Paper} failed ({Error}); using the extract", paper.Id, Redact(e.Message.ReplaceLineEndings(" "), settings.ApiKey));
            return (null, Failure(e));
        }

        if (Rejection(answer, settings.MaxChars) is { } reason)
        {
            logger.LogWarning("LLM summary of {Paper} rejected: {Reason}; using the extract", paper.Id, reason);
            return (null, $"the LLM's answer was not usable ({reason})");
        }

        store.Save(paper.Id, settings.Model, answer, time.GetUtcNow());
        return (new Tldr(answer, TldrKind.Llm, settings.Model), null);
    }

    /// <summary>
    /// Why a call failed, for the reply: the HTTP status and what it usually means, or that the server could not be
    /// reached. Never the exception's message, which may name the server's address or quote the key.
    /// </summary>
    internal static string Failure(Exception e) =>
        e is ClientResultException { Status: > 0 } http
            ? http.Status switch
            {
                401 or 403 => $"the LLM server refused the request (HTTP {http.Status}: check DigestBot:Summaries:ApiKey)",
                404 => "the LLM server answered HTTP 404 (check DigestBot:Summaries:Model and Endpoint)",
                429 => "the LLM server is rate-limiting (HTTP 429); try again later",
                _ => $"the LLM server answered HTTP {http.Status}",
            }
            : Chain(e).Any(x => x is HttpRequestException or System.Net.Sockets.SocketException)
                ? "the LLM server could not be reached (DigestBot:Summaries:Endpoint)"
                : "the LLM call failed";

    /// <summary>Whether the call ran out of time: our own limit, or the client's network timeout (its exceptions vary by version).</summary>
    private static bool TimedOut(Exception e) => Chain(e).Any(x => x is OperationCanceledException or TimeoutException);

    private static IEnumerable<Exception> Chain(Exception e)
    {
        for (var x = e; x is not null; x = x.InnerException)
        {
            yield return x;
        }
    }

    /// <summary>Why an answer is unusable, or null. Length allows a little over the extract's budget for 3 sentences.</summary>
    internal static string? Rejection(string answer, int maxChars) =>
        answer.Length == 0 ? "empty answer"
        : answer.Length > maxChars * 2 ? $"{answer.Length} characters, over {maxChars * 2}"
        : Refusal().IsMatch(answer) ? "refusal or boilerplate"
        : null;

    private static string Clean(string text) => Whitespace().Replace(text, " ").Trim().Trim('"');

    [GeneratedRegex(@"^(?:I'?m sorry|I am sorry|I cannot|I can'?t|As an AI|As a language model|Sorry,)|\b(?:as an AI language model|I do not have access)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Refusal();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    private static string Redact(string message, string? apiKey) =>
        string.IsNullOrEmpty(apiKey) ? message : message.Replace(apiKey, "[api key]", StringComparison.Ordinal);
}
