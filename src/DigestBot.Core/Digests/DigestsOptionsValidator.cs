using Microsoft.Extensions.Options;

namespace DigestBot.Digests;

internal sealed class DigestsOptionsValidator : IValidateOptions<DigestsOptions>
{
    public ValidateOptionsResult Validate(string? name, DigestsOptions options)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out _))
        {
            return ValidateOptionsResult.Fail($"DigestBot:Digests:TimeZone '{options.TimeZone}' is not a known time zone (use an IANA name such as Europe/Berlin)");
        }

        if (!DigestSchedule.TryParse(options.DefaultSchedule, out _, out var error))
        {
            return ValidateOptionsResult.Fail($"DigestBot:Digests:DefaultSchedule: {error}");
        }

        // Discord carries at most 10 embeds in one message.
        return options.MaxPapersPerMessage is < 1 or > 10 || options.PauseAfterFailures < 1 || options.PausedRetryDelay <= TimeSpan.Zero
            ? ValidateOptionsResult.Fail("DigestBot:Digests:MaxPapersPerMessage must be 1-10, PauseAfterFailures at least 1 and PausedRetryDelay positive")
            : ValidateOptionsResult.Success;
    }
}
