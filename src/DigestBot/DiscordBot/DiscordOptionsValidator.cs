using Microsoft.Extensions.Options;

namespace DigestBot.DiscordBot;

/// <summary>
/// A mode that talks to Discord needs its credentials when the bot starts; the failure names the missing key, never a
/// value. A command run from a shell talks to no one, so it does without them (<see cref="ProcessKind"/>), while every
/// value that is set is still checked.
/// </summary>
internal sealed class DiscordOptionsValidator(ProcessKind? process = null) : IValidateOptions<DiscordOptions>
{
    private bool Connects => process?.RunsBot ?? true;

    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        var mode = options.EffectiveMode;
        var required = mode switch
        {
            DiscordMode.Gateway => new[] { ("Token", options.Token) },
            DiscordMode.Http => [("Token", options.Token), ("ApplicationId", options.ApplicationId), ("PublicKey", options.PublicKey)],
            _ => [],
        };
        var missing = Connects ? required.Where(r => string.IsNullOrWhiteSpace(r.Item2)).Select(r => r.Item1).FirstOrDefault() : null;
        if (missing is not null)
        {
            return ValidateOptionsResult.Fail(
                $"DigestBot:Discord:{missing} is required in {mode} mode (set the environment variable DigestBot__Discord__{missing})");
        }

        if (mode == DiscordMode.Http && HttpProblem(options, Connects) is { } http)
        {
            return ValidateOptionsResult.Fail(http);
        }

        if (!string.IsNullOrWhiteSpace(options.GatewayUrl)
            && !(Uri.TryCreate(options.GatewayUrl, UriKind.Absolute, out var gateway) && gateway.Scheme is "ws" or "wss"))
        {
            return ValidateOptionsResult.Fail("DigestBot:Discord:GatewayUrl must be an absolute ws(s) URL");
        }

        if (!string.IsNullOrWhiteSpace(options.GuildId) && !ulong.TryParse(options.GuildId, out _))
        {
            return ValidateOptionsResult.Fail("DigestBot:Discord:GuildId must be a numeric Discord id");
        }

        if (options.GlobalRequestsPerSecond < 1)
        {
            return ValidateOptionsResult.Fail("DigestBot:Discord:GlobalRequestsPerSecond must be at least 1");
        }

        if (options.Shards < 0)
        {
            return ValidateOptionsResult.Fail("DigestBot:Discord:Shards must be 0 (as many as Discord recommends) or more");
        }

        if (options.NonceWindow < TimeSpan.FromSeconds(1))
        {
            return ValidateOptionsResult.Fail("DigestBot:Discord:NonceWindow must be at least 00:00:01");
        }

        if (options.RequestTimeout <= TimeSpan.Zero)
        {
            return ValidateOptionsResult.Fail("DigestBot:Discord:RequestTimeout must be positive (e.g. 00:00:15)");
        }

        return Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) && api.Scheme is "http" or "https"
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail("DigestBot:Discord:ApiBaseUrl must be an absolute http(s) URL");
    }

    private static string? HttpProblem(DiscordOptions options, bool connects)
    {
        if ((connects || !string.IsNullOrWhiteSpace(options.PublicKey)) && !SignatureWindow.IsValidKey(options.PublicKey))
        {
            return "DigestBot:Discord:PublicKey must be the application's public key: 64 hex digits";
        }

        if (!options.Http.Path.StartsWith('/'))
        {
            return "DigestBot:Discord:Http:Path must start with /";
        }

        // A signed request stays acceptable for the skew; the deduplicator must still remember its id by then, or a
        // captured request could be replayed and run a second time.
        if (options.Http.MaxClockSkew < TimeSpan.FromSeconds(1) || options.Http.MaxClockSkew > InteractionDeduplicator.Window)
        {
            return $"DigestBot:Discord:Http:MaxClockSkew must be 00:00:01-{InteractionDeduplicator.Window:c}";
        }

        var urls = options.Http.ListenUrls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return urls.Length > 0 && urls.All(u => Uri.TryCreate(u, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
            ? null
            : "DigestBot:Discord:Http:ListenUrls must be one or more http(s) URLs separated by ;";
    }
}
