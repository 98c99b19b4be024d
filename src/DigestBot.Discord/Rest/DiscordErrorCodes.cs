namespace DigestBot.Discord.Rest;

/// <summary>The JSON error codes DigestBot acts on.</summary>
public static class DiscordErrorCodes
{
    public const int UnknownChannel = 10003;
    public const int UnknownMessage = 10008;
    public const int UnknownInteraction = 10062;
    public const int EmptyMessage = 50006;
    public const int InteractionAlreadyAcknowledged = 40060;
    public const int MissingAccess = 50001;
    public const int MissingPermissions = 50013;
    public const int InvalidFormBody = 50035;
    public const int ThreadAlreadyExists = 160004;
}
