using Microsoft.Extensions.Options;

namespace DigestBot.Digests;

internal sealed class DigestsOptionsValidator : IValidateOptions<DigestsOptions>
{
    public ValidateOptionsResult Validate(string? name, DigestsOptions options)
    {
        var failures = new List<string>();
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out _))
        {
            failures.Add($"DigestBot:Digests:TimeZone '{options.TimeZone}' is not a known time zone (use an IANA name such as Europe/Berlin)");
        }

        if (!DigestSchedule.TryParse(options.DefaultSchedule, out _, out var error))
        {
            failures.Add($"DigestBot:Digests:DefaultSchedule: {error}");
        }

        // Discord carries at most 10 embeds in one message.
        if (options.MaxPapersPerMessage is < 1 or > 10)
        {
            failures.Add($"DigestBot:Digests:MaxPapersPerMessage is {options.MaxPapersPerMessage}: use 1-10 (a Discord message carries at most 10 embeds)");
        }

        if (options.PauseAfterFailures < 1)
        {
            failures.Add($"DigestBot:Digests:PauseAfterFailures is {options.PauseAfterFailures}: use 1 or more");
        }

        if (options.PausedRetryDelay <= TimeSpan.Zero)
        {
            failures.Add("DigestBot:Digests:PausedRetryDelay must be positive (e.g. 01:00:00)");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
