namespace DigestBot.Summaries;

/// <summary>A short summary of one paper and its provenance (<see cref="Model"/> for LLM summaries).</summary>
public sealed record Tldr(string Text, TldrKind Kind, string? Model = null)
{
    public string Label => Kind switch
    {
        TldrKind.HuggingFace => "TL;DR (Hugging Face AI summary)",
        TldrKind.Llm => $"TL;DR ({Model})",
        _ => "TL;DR (extract)",
    };
}
