namespace DigestBot.Dashboard.Login;

/// <summary>
/// A Discord server a member is in, as <c>GET /users/@me/guilds</c> gives it: whether they may change channels there is
/// <see cref="Commands.ManageChannelsRule"/> on its <c>permissions</c> (the server's, without channel overwrites), or ownership.
/// </summary>
public sealed record MemberGuild(ulong Id, string Name, bool MayManage);
