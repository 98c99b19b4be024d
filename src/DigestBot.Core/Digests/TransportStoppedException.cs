namespace DigestBot.Digests;

/// <summary>
/// The transport can post nothing any more (Discord refused the bot token): the bot is stopping with its own one line,
/// no channel is at fault, and the digest stays in the outbox for the next start.
/// </summary>
public sealed class TransportStoppedException(string message, Exception? inner = null) : Exception(message, inner);
