using DigestBot.Digests;

namespace DigestBot.DiscordBot;

/// <summary>The JSON error codes DigestBot acts on.</summary>
public static class DiscordErrorCodes
{
    public const int UnknownChannel = ChannelRefusalCodes.UnknownChannel;
    public const int UnknownMessage = 10008;
    public const int MissingAccess = ChannelRefusalCodes.MissingAccess;
    public const int MissingPermissions = ChannelRefusalCodes.MissingPermissions;
    public const int ThreadAlreadyExists = 160004;

    /// <summary>The channel is gone or the bot may not use it: retrying this channel will not help.</summary>
    public static bool IsPermanentForChannel(int? code) => code is UnknownChannel or MissingAccess or MissingPermissions;
}
