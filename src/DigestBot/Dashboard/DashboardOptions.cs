using DigestBot.Dashboard.Login;

namespace DigestBot.Dashboard;

/// <summary><c>DigestBot:Dashboard</c>: the web dashboard the bot serves in every mode.</summary>
public sealed class DashboardOptions
{
    public const string Section = "DigestBot:Dashboard";

    public bool Enabled { get; set; } = true;

    /// <summary>Semicolon-separated. Loopback by default: anything wider belongs behind a TLS reverse proxy (README).</summary>
    public string ListenUrls { get; set; } = "http://127.0.0.1:8081";

    /// <summary>"Log in with Discord", beside the key link, when its client id, secret and redirect URL are set.</summary>
    public DashboardDiscordOptions Discord { get; set; } = new();

    /// <summary>The addresses, split and trimmed.</summary>
    public IReadOnlyList<string> Urls => ListenUrls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
