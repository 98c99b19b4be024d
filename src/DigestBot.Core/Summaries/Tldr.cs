namespace DigestBot.Summaries;

/// <summary>A short summary of one paper and its provenance (<see cref="Model"/> for LLM summaries).</summary>
public sealed record Tldr(string Text, TldrKind Kind, string? Model = null)
{
    /// <summary>Why this is not the LLM's summary that was asked for (null when none was, or when it is).</summary>
    public string? LlmFailure { get; init; }

    public string Label => Kind switch
    {
        TldrKind.HuggingFace => "TL;DR (Hugging Face AI summary)",
        TldrKind.Llm => $"TL;DR ({Model})",
        _ => "TL;DR (extract)",
    };

    /// <summary>What a reply shows this as in a sentence: "the Hugging Face AI summary".</summary>
    public string Description => Kind switch
    {
        TldrKind.HuggingFace => "the Hugging Face AI summary",
        TldrKind.Llm => $"the summary {Model} wrote",
        _ => "the offline extract",
    };
}
