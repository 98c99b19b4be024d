namespace DigestBot.Summaries;

/// <summary>Where a TL;DR came from; replies label anything that is not our own extract.</summary>
public enum TldrKind
{
    Extractive,
    HuggingFace,
    Llm,
}
