using Microsoft.Extensions.Options;

namespace DigestBot.Dashboard;

internal sealed class DashboardOptionsValidator : IValidateOptions<DashboardOptions>
{
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

        return ValidateOptionsResult.Success;
    }
}
