namespace DigestBot.Tests.Dashboard;

/// <summary>
/// A test that drives Debian's chromium. Where none is installed it is skipped with the way to install it; CI's
/// <c>.ci/run</c> installs it first, so there it always runs. No browser is ever downloaded.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Path = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Path))
        {
            Skip = $"no browser at {Path}: install Debian's chromium (apt-get install chromium) to run the dashboard's browser tests";
        }
    }
}
