using DigestBot.Dashboard.Login;
using Microsoft.AspNetCore.Http;

namespace DigestBot.Dashboard;

/// <summary>
/// Who a dashboard request comes from: the operator, signed in by the key link and trusted as the terminal is, or a
/// member logged in with Discord, who sees the servers they share with the bot (<see cref="Guilds"/>, null for the
/// operator) and may change a channel only where <see cref="MemberGuild.MayManage"/>.
/// </summary>
public sealed record DashboardUser(ulong UserId, string Name, IReadOnlyList<MemberGuild>? Guilds)
{
    public static DashboardUser Operator { get; } = new(0, "the operator", null);

    public bool IsOperator => Guilds is null;

    /// <summary>Whether this user may read a channel of <paramref name="guildId"/> (0 is no server: the console, or not known).</summary>
    public bool Sees(ulong guildId) => Guilds is null || (guildId != 0 && Guilds.Any(g => g.Id == guildId));

    /// <summary>Whether this user may change a channel of <paramref name="guildId"/>: the same rule as the slash commands.</summary>
    public bool MayManage(ulong guildId) => Guilds is null || (guildId != 0 && Guilds.Any(g => g.Id == guildId && g.MayManage));

    /// <summary>The user <see cref="DashboardAccess"/> found for this request.</summary>
    public static DashboardUser Of(HttpContext context) =>
        context.Items[typeof(DashboardUser)] as DashboardUser ?? throw new InvalidOperationException("no dashboard user on this request");

    internal void Attach(HttpContext context) => context.Items[typeof(DashboardUser)] = this;
}
