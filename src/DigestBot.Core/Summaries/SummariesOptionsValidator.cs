using Microsoft.Extensions.Options;

namespace DigestBot.Summaries;

internal sealed class SummariesOptionsValidator : IValidateOptions<SummariesOptions>
{
    public ValidateOptionsResult Validate(string? name, SummariesOptions options)
    {
        if (options.MaxChars is < 80 or > 4000)
        {
            return ValidateOptionsResult.Fail("DigestBot:Summaries:MaxChars must be between 80 and 4000");
        }

        if (!options.LlmEnabled)
        {
            return ValidateOptionsResult.Success;
        }

        if (string.IsNullOrWhiteSpace(options.Model))
        {
            return ValidateOptionsResult.Fail("DigestBot:Summaries:Model is required when Provider is OpenAI (e.g. llama3.1:8b for Ollama)");
        }

        if (!Uri.TryCreate(options.Endpoint, UriKind.Absolute, out _))
        {
            return ValidateOptionsResult.Fail("DigestBot:Summaries:Endpoint must be an absolute URL (e.g. http://127.0.0.1:11434/v1)");
        }

        return options.Timeout <= TimeSpan.Zero || options.MaxCallsPerDay < 0
            ? ValidateOptionsResult.Fail("DigestBot:Summaries:Timeout must be positive (e.g. 00:00:30) and MaxCallsPerDay not negative")
            : ValidateOptionsResult.Success;
    }
}
