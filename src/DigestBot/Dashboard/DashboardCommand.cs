using DigestBot.Commands;
using Microsoft.Extensions.Options;

namespace DigestBot.Dashboard;

/// <summary>
/// <c>dashboard [--new-key]</c>: prints the dashboard's sign-in link (<c>http://127.0.0.1:8081/?key=…</c>); with
/// <c>--new-key</c> it first replaces the key, which signs out every browser signed in with the old one. In a running
/// bot (the CLI reaches it over the control socket) the link uses the address the dashboard really listens on. Run on its
/// own, the command says on the progress channel (stderr) that the link works only while the bot runs; stdout stays the
/// bare link, which scripts read.
/// </summary>
internal sealed class DashboardCommand(DashboardKey key, DashboardServer server, IOptions<DashboardOptions> options) : ICommandHandler
{
    public static CommandDefinition Definition { get; } = new(
        "dashboard",
        "Print the web dashboard's sign-in link (the key is kept owner-only in the data folder)",
        [new CommandOption("new-key", "Replace the key first: old links and sessions stop working", OptionType.Boolean)])
    {
        LocalOnly = true,
        UsesDatabase = false,
        Example = "--new-key",
    };

    public ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var dashboard = options.Value;
        var secret = request.GetBoolean("new-key") ? key.Rotate() : key.GetOrCreate();
        var address = server.Addresses is [var listening, ..] ? listening.ToString().TrimEnd('/') : Browsable(dashboard.Urls is [var configured, ..] ? configured : "http://127.0.0.1:8081");
        var note = dashboard.Enabled ? string.Empty : "\n(the dashboard is off: set DigestBot:Dashboard:Enabled to true and start the bot)";
        if (dashboard.Enabled && server.Addresses.Count == 0)
        {
            request.Progress.Report(server.Started
                ? "dashboard: the bot could not listen on its address (its log says why), so this link does not open yet"
                : "dashboard: the bot serves this page and is not running here: start it (digestbot with no command, or dotnet run --project src/DigestBot), then open the link");
        }

        return ValueTask.FromResult(Reply.Message($"{address}/?key={secret}{note}"));
    }

    /// <summary>A listen address as a browser can open it: Kestrel's wildcards mean this machine.</summary>
    private static string Browsable(string url) => url.TrimEnd('/')
        .Replace("://*", "://127.0.0.1", StringComparison.Ordinal)
        .Replace("://+", "://127.0.0.1", StringComparison.Ordinal)
        .Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal);
}
