namespace DigestBot.Summaries;

/// <summary><c>DigestBot:Summaries</c>: the offline TL;DR budget and the optional LLM.</summary>
public sealed class SummariesOptions
{
    public const string Section = "DigestBot:Summaries";

    /// <summary>Longest TL;DR, in characters; whole sentences only.</summary>
    public int MaxChars { get; set; } = 300;

    /// <summary><c>None</c> (offline only) or <c>OpenAI</c> (any OpenAI-compatible server: OpenAI, Ollama, vLLM, llama.cpp).</summary>
    public LlmProvider Provider { get; set; } = LlmProvider.None;

    /// <summary>Base URL of the OpenAI-compatible API, e.g. <c>http://127.0.0.1:11434/v1</c> for Ollama.</summary>
    public string Endpoint { get; set; } = "http://127.0.0.1:11434/v1";

    public string Model { get; set; } = string.Empty;

    /// <summary>Set it through the environment (<c>DigestBot__Summaries__ApiKey</c>); local servers ignore it.</summary>
    public string ApiKey { get; set; } = string.Empty;

    /// <summary>One LLM call's limit; past it the offline TL;DR is used (was <c>TimeoutSeconds</c>).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>LLM calls allowed per UTC day; past it, summaries fall back to the extractive TL;DR.</summary>
    public int MaxCallsPerDay { get; set; } = 200;

    public bool LlmEnabled => Provider == LlmProvider.OpenAI;
}
