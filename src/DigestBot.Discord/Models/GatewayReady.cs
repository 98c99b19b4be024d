namespace DigestBot.Discord.Models;

/// <summary>The READY dispatch: keep the session id, the resume URL and the application id.</summary>
public sealed record GatewayReady
{
    public int V { get; init; }

    public DiscordUser? User { get; init; }

    public string SessionId { get; init; } = string.Empty;

    public string ResumeGatewayUrl { get; init; } = string.Empty;

    public IReadOnlyList<UnavailableGuild> Guilds { get; init; } = [];

    public DiscordApplication? Application { get; init; }
}
