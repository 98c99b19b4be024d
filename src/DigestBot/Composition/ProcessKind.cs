namespace DigestBot;

/// <summary>
/// What this process is: the bot (<see cref="RunsBot"/>: it connects to Discord and serves the dashboard) or one command
/// run from a shell, which connects to neither. A command checks every setting as the bot would, except that the
/// credentials only the bot uses (Discord's token, the dashboard's client secret) may be missing: they often live only in
/// the service's environment, not in the shell that runs a command while the bot is stopped.
/// </summary>
public sealed record ProcessKind(bool RunsBot);
