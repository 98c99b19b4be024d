namespace DigestBot.Control;

/// <summary>Nothing answers on the data directory's control socket (an older bot, or a CLI command holding the lock).</summary>
public sealed class ControlUnavailableException(string message, Exception inner) : Exception(message, inner);
