namespace DigestBot.Status;

/// <summary>
/// How the bot is connected (Local, Gateway or Http), as <c>status</c> shows it. The composition root reads it from
/// the Discord options, so the status command knows the mode without knowing the Discord adapter.
/// </summary>
public sealed record ConnectionMode(string Name);
