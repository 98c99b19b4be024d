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

    public async Task<Tldr> SummarizeAsync(Paper paper, bool useLlm, CancellationToken cancellationToken)
    {
        if (useLlm && LlmAvailable && await llm.Value.SummarizeAsync(paper, cancellationToken) is { } summary)
        {
            return summary;
        }

        return Offline(paper);
    }
}
