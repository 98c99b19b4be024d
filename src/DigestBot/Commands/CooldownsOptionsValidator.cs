using Microsoft.Extensions.Options;

namespace DigestBot.Commands;

internal sealed class CooldownsOptionsValidator : IValidateOptions<CooldownsOptions>
{
    public ValidateOptionsResult Validate(string? name, CooldownsOptions options)
    {
        foreach (var (key, cooldown) in options.All())
        {
            if (cooldown is null || cooldown.UserSeconds is < 0 or > CooldownsOptions.MaxSeconds
                || cooldown.ChannelSeconds is < 0 or > CooldownsOptions.MaxSeconds)
            {
                return ValidateOptionsResult.Fail(
                    $"{CooldownsOptions.Section}:{key}: UserSeconds and ChannelSeconds must be 0-{CooldownsOptions.MaxSeconds} (0 turns a cooldown off)");
            }
        }

        return ValidateOptionsResult.Success;
    }
}
