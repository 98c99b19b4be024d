namespace DigestBot.Summaries;

public enum LlmProvider
{
    None,
    OpenAI,
}
