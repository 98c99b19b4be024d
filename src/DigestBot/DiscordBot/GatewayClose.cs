using System.Net;
using Discord.Net;

namespace DigestBot.DiscordBot;

/// <summary>
/// Discord's gateway close codes after which a client must never reconnect (4004 and 4010–4014), each with the one
/// line that stops the bot. Discord.Net stops by itself only on 4006 and 4014 and retries the others for ever.
/// </summary>
public static class GatewayClose
{
    /// <summary>The fatal close code somewhere in <paramref name="e"/>'s chain, if any.</summary>
    public static int? FatalCode(Exception? e)
    {
        for (var current = e; current is not null; current = current.InnerException)
        {
            if (current is WebSocketClosedException { CloseCode: 4004 or (>= 4010 and <= 4014) } closed)
            {
                return closed.CloseCode;
            }
        }

        return null;
    }

    public static bool IsFatal(Exception? e) => FatalCode(e) is not null;

    /// <summary>A 401 for the bot token (an expired interaction token answers 401 with 50027 Invalid Webhook Token instead).</summary>
    public static bool IsTokenRefused(Exception? e)
    {
        for (var current = e; current is not null; current = current.InnerException)
        {
            if (current is HttpException { HttpCode: HttpStatusCode.Unauthorized } h && (int?)h.DiscordCode != InvalidWebhookToken)
            {
                return true;
            }
        }

        return false;
    }

    private const int InvalidWebhookToken = 50027;

    public static string Describe(int code) => code switch
    {
        4004 => "Discord closed the gateway with 4004 Authentication failed: the bot token is wrong or was reset; set a valid DigestBot__Discord__Token and restart",
        4010 => "Discord closed the gateway with 4010 Invalid shard: check DigestBot:Discord:Shards",
        4011 => "Discord closed the gateway with 4011 Sharding required: the bot is in too many servers for one connection; set DigestBot:Discord:Shards (0 asks Discord how many)",
        4012 => "Discord closed the gateway with 4012 Invalid API version: this DigestBot is too old for Discord's gateway",
        4013 => "Discord closed the gateway with 4013 Invalid intent(s): DigestBot asks for the Guilds intent only; this is a bug, please report it",
        4014 => "Discord closed the gateway with 4014 Disallowed intent(s): DigestBot needs no privileged intent; this is a bug, please report it",
        _ => $"Discord closed the gateway with {code}",
    };
}
