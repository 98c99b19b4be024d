namespace DigestBot.Dashboard.Login;

/// <summary>
/// A member's side of a session, kept in the server's memory only: who they are with their shared servers as last
/// checked, and the access token that checks them again (<see cref="RecheckAfter"/>). A class and not a record, so that
/// no generated <c>ToString</c> can ever print the token into a log line.
/// </summary>
public sealed class MemberSession(DashboardUser user, string accessToken, DateTimeOffset checkedAt)
{
    /// <summary>How long a member's permissions are trusted before Discord is asked again: a lost role counts within this.</summary>
    public static readonly TimeSpan RecheckAfter = TimeSpan.FromMinutes(5);

    public DashboardUser User { get; } = user;

    public DateTimeOffset CheckedAt { get; } = checkedAt;

    internal string AccessToken { get; } = accessToken;

    public bool IsStale(DateTimeOffset now) => now - CheckedAt >= RecheckAfter;
}
