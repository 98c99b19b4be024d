using PuppeteerSharp;

namespace DigestBot.Tests.Dashboard;

/// <summary>Debian's chromium, headless, for the dashboard's browser tests: launching it, reading a page, screenshots.</summary>
internal static class BrowserPages
{
    /// <summary>Screenshots of each page go here, under the test output.</summary>
    public static readonly string Screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static Task<IBrowser> LaunchAsync() => Puppeteer.LaunchAsync(new LaunchOptions
    {
        Headless = true,
        ExecutablePath = ChromiumFactAttribute.Path,

        // Root in CI and containers: chromium's sandbox needs user namespaces those seldom allow.
        Args = ["--no-sandbox", "--disable-dev-shm-usage"],
    });

    public static Task<string> Text(IPage page, string selector) =>
        page.EvaluateFunctionAsync<string>("s => document.querySelector(s)?.innerText ?? ''", selector);

    public static async Task Screenshot(IPage page, string name)
    {
        Directory.CreateDirectory(Screenshots);
        await page.ScreenshotAsync(Path.Combine(Screenshots, $"dashboard-{name}.png"), new ScreenshotOptions { FullPage = true });
    }
}
