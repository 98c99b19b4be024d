namespace DigestBot.Discord.Gateway;

/// <summary>
/// Discord's gateway close codes and what each asks of a client: never reconnect after 4004 and 4010–4014;
/// start a new session (Identify, not Resume) after 4007 and 4009; resume after anything else.
/// </summary>
public static class GatewayCloseCodes
{
    public const int UnknownError = 4000;
    public const int AuthenticationFailed = 4004;
    public const int InvalidSeq = 4007;
    public const int SessionTimedOut = 4009;
    public const int InvalidShard = 4010;
    public const int ShardingRequired = 4011;
    public const int InvalidApiVersion = 4012;
    public const int InvalidIntents = 4013;
    public const int DisallowedIntents = 4014;

    public static bool IsFatal(int code) => code is AuthenticationFailed or (>= InvalidShard and <= DisallowedIntents);

    public static bool EndsSession(int code) => code is InvalidSeq or SessionTimedOut;

    public static string Describe(int code) => code switch
    {
        AuthenticationFailed => "authentication failed: the bot token is invalid",
        InvalidShard => "invalid shard",
        ShardingRequired => "sharding required: the bot is in too many guilds for one shard",
        InvalidApiVersion => "invalid API version",
        InvalidIntents => "invalid intents",
        DisallowedIntents => "disallowed intents: a privileged intent is not enabled for this application",
        InvalidSeq => "invalid sequence number on resume",
        SessionTimedOut => "session timed out",
        _ => "closed",
    };
}
