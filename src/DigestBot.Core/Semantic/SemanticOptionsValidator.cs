using DigestBot.Search;
using Microsoft.Extensions.Options;

namespace DigestBot.Semantic;

internal sealed class SemanticOptionsValidator : IValidateOptions<SemanticOptions>
{
    public ValidateOptionsResult Validate(string? name, SemanticOptions options)
    {
        if (!string.Equals(options.Since, "all", StringComparison.OrdinalIgnoreCase)
            && SinceOption.TryParse(options.Since, DateTimeOffset.UnixEpoch.AddYears(100)) is null)
        {
            return ValidateOptionsResult.Fail($"DigestBot:Semantic:Since must be {SinceOption.Help} or all (got '{options.Since}')");
        }

        return options.Threads is < 1 or > 64
            ? ValidateOptionsResult.Fail("DigestBot:Semantic:Threads must be 1-64")
            : ValidateOptionsResult.Success;
    }
}
