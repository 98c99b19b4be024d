namespace DigestBot.Commands;

/// <summary>
/// Who may change a channel's setup (watches, schedules): a member with Manage Channels or Administrator. One rule for
/// every transport: Discord's interactions carry the member's permissions in the channel, the dashboard's Discord login
/// the member's permissions in the server (Discord's <c>GET /users/@me/guilds</c>), and a server's owner has them all.
/// </summary>
public static class ManageChannelsRule
{
    public const ulong Administrator = 1UL << 3;

    public const ulong ManageChannels = 1UL << 4;

    /// <summary>Whether <paramref name="permissions"/> (Discord's permission bits) allow it; null (unknown) never does.</summary>
    public static bool Allows(ulong? permissions) =>
        permissions is { } bits && ((bits & ManageChannels) == ManageChannels || (bits & Administrator) == Administrator);
}
