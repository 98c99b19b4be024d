using DigestBot.Dashboard.Login;
using Microsoft.Extensions.Options;

namespace DigestBot.Dashboard;

/// <summary>
/// The dashboard's addresses and its Discord login's keys, checked before the bot starts and before a command runs. A
/// command run from a shell serves no dashboard, so there the login's secret alone may be missing (<see cref="ProcessKind"/>).
/// </summary>
internal sealed class DashboardOptionsValidator(ProcessKind? process = null) : IValidateOptions<DashboardOptions>
{
    private const string Login = DashboardOptions.Section + ":Discord";

    public ValidateOptionsResult Validate(string? name, DashboardOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        if (options.Urls.Count == 0)
        {
            return ValidateOptionsResult.Fail("DigestBot:Dashboard:ListenUrls is empty (set an address such as http://127.0.0.1:8081, or Enabled to false)");
        }

        foreach (var url in options.Urls)
        {
            // Kestrel's wildcards (http://*:8081, http://+:8081) are no URI hosts; read them as one for the check.
            var checkable = url.Replace("://*", "://any", StringComparison.Ordinal).Replace("://+", "://any", StringComparison.Ordinal);
            if (!Uri.TryCreate(checkable, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.AbsolutePath != "/")
            {
                return ValidateOptionsResult.Fail($"DigestBot:Dashboard:ListenUrls: '{url}' is not an http:// or https:// address without a path (such as http://127.0.0.1:8081)");
            }
        }

        return LoginProblem(options.Discord, process?.RunsBot ?? true) is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }

    /// <summary>What is wrong with the Discord login's keys, never quoting the secret; null when it is off or sound.</summary>
    private static string? LoginProblem(DashboardDiscordOptions discord, bool serves)
    {
        (string Key, string Value)[] required = [("ClientId", discord.ClientId), ("ClientSecret", discord.ClientSecret), ("RedirectUrl", discord.RedirectUrl)];
        var missing = required.Where(r => string.IsNullOrWhiteSpace(r.Value)).Select(r => r.Key).ToList();
        if (missing.Count == required.Length)
        {
            return null;
        }

        // The secret often lives only in the service's environment; a command run from a shell does without it.
        if (!serves)
        {
            missing.Remove("ClientSecret");
        }

        if (missing.Count > 0)
        {
            return $"{Login}: set ClientId, ClientSecret and RedirectUrl together for \"Log in with Discord\" (missing {string.Join(", ", missing)})";
        }

        if (!discord.ClientId.Trim().All(char.IsAsciiDigit))
        {
            return $"{Login}:ClientId: '{discord.ClientId}' is not an application id (the number in Discord's developer portal)";
        }

        if (UrlProblem("RedirectUrl", discord.RedirectUrl) is { } redirect)
        {
            return redirect;
        }

        if (new Uri(discord.RedirectUrl).AbsolutePath != DashboardDiscordOptions.CallbackPath)
        {
            return $"{Login}:RedirectUrl: '{discord.RedirectUrl}' must end with {DashboardDiscordOptions.CallbackPath}, the path the dashboard answers on";
        }

        return UrlProblem("AuthorizeUrl", discord.AuthorizeUrl) ?? UrlProblem("ApiBaseUrl", discord.ApiBaseUrl);
    }

    /// <summary>An absolute https:// address; plain http only on loopback, where no one can read the session off the wire.</summary>
    private static string? UrlProblem(string key, string url) =>
        !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
            ? $"{Login}:{key}: '{url}' is not an https:// address"
            : uri.Scheme == "http" && !uri.IsLoopback
                ? $"{Login}:{key}: '{url}' must use https:// (plain http only on loopback: put the dashboard behind a TLS reverse proxy)"
                : null;
}
