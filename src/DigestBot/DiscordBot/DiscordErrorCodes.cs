namespace DigestBot.DiscordBot;

/// <summary>The JSON error codes DigestBot acts on.</summary>
public static class DiscordErrorCodes
{
    public const int UnknownChannel = 10003;
    public const int UnknownMessage = 10008;
    public const int MissingAccess = 50001;
    public const int MissingPermissions = 50013;
    public const int ThreadAlreadyExists = 160004;

    /// <summary>The channel is gone or the bot may not use it: retrying this channel will not help.</summary>
    public static bool IsPermanentForChannel(int? code) => code is UnknownChannel or MissingAccess or MissingPermissions;
}
