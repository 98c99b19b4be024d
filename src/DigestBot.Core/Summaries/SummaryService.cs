using DigestBot.Papers;
using Microsoft.Extensions.Options;

namespace DigestBot.Summaries;

/// <summary>
/// The TL;DR of a paper: an LLM summary when asked for and configured, else Hugging Face's AI summary when the paper
/// has one, else the offline extract. <see cref="Offline"/> never calls a model (digests must not wait on one). The LLM
/// summarizer is made when first asked for: its chat client is checked only when <c>Summaries:Provider</c> is OpenAI.
/// </summary>
public sealed class SummaryService(Lazy<LlmSummarizer> llm, SummaryStore store, IOptions<SummariesOptions> options)
{
    public bool LlmAvailable => options.Value.LlmEnabled;

    public Tldr Offline(Paper paper)
    {
        var settings = options.Value;
        if (settings.LlmEnabled && store.Find(paper.Id, settings.Model) is { } cached)
        {
            return new Tldr(cached, TldrKind.Llm, settings.Model);
        }

        return paper.HuggingFace?.AiSummary is { Length: > 0 } ai
            ? new Tldr(ai, TldrKind.HuggingFace)
            : new Tldr(ExtractiveSummarizer.Summarize(paper.Abstract, settings.MaxChars), TldrKind.Extractive);
    }

    /// <summary>
    /// The LLM's summary when <paramref name="useLlm"/> and one answers; else the offline TL;DR, with
    /// <see cref="Tldr.LlmFailure"/> saying why when the LLM was asked for.
    /// </summary>
    public async Task<Tldr> SummarizeAsync(Paper paper, bool useLlm, CancellationToken cancellationToken)
    {
        if (!useLlm)
        {
            return Offline(paper);
        }

        if (!LlmAvailable)
        {
            return Offline(paper) with { LlmFailure = "no LLM is configured (DigestBot:Summaries:Provider)" };
        }

        var (summary, failure) = await llm.Value.SummarizeAsync(paper, cancellationToken);
        return summary ?? Offline(paper) with { LlmFailure = failure };
    }
}
