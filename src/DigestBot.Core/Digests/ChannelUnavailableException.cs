namespace DigestBot.Digests;

/// <summary>
/// A channel that cannot take messages for a reason that will not pass by itself (no access, unknown channel);
/// thrown by posters so the digest job pauses the channel instead of retrying forever.
/// </summary>
public sealed class ChannelUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
