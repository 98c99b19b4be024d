namespace DigestBot.Digests;

/// <summary>
/// The codes a poster writes in parentheses into a channel's pause reason, for the refusals that pause it. They are
/// Discord's (the one transport that refuses channels); they live here because pause reasons are stored as text and
/// <c>status</c> reads them back to say what to fix, and the core must not depend on the Discord adapter.
/// </summary>
public static class ChannelRefusalCodes
{
    public const int UnknownChannel = 10003;
    public const int MissingAccess = 50001;
    public const int MissingPermissions = 50013;
}
