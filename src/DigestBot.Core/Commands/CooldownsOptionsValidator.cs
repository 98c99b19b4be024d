using Microsoft.Extensions.Options;

namespace DigestBot.Commands;

internal sealed class CooldownsOptionsValidator : IValidateOptions<CooldownsOptions>
{
    public ValidateOptionsResult Validate(string? name, CooldownsOptions options)
    {
        foreach (var (key, cooldown) in options.All())
        {
            if (cooldown is null || !Allowed(cooldown.PerUser) || !Allowed(cooldown.PerChannel))
            {
                return ValidateOptionsResult.Fail(
                    $"{CooldownsOptions.Section}:{key}: PerUser and PerChannel must be 00:00:00-{CooldownsOptions.Max:c} (00:00:00 turns a cooldown off)");
            }
        }

        return ValidateOptionsResult.Success;
    }

    private static bool Allowed(TimeSpan cooldown) => cooldown >= TimeSpan.Zero && cooldown <= CooldownsOptions.Max;
}
