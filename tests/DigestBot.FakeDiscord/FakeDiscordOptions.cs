namespace DigestBot.FakeDiscord;

/// <summary>
/// How the fake behaves. Defaults follow Discord's documented numbers where there are any (50 requests/s
/// global); the per-channel message bucket (5 per 5 s) and the nonce window are our conservative guesses,
/// since Discord documents neither.
/// </summary>
public sealed class FakeDiscordOptions
{
    /// <summary>The bot token the fake accepts; anything else gets 401.</summary>
    public string Token { get; init; } = "fake-bot-token";

    public ulong ApplicationId { get; init; } = 1030118727418646629;

    public ulong BotUserId { get; init; } = 1030118727418646629;

    /// <summary>The guild channels are in unless <see cref="FakeChannels.Guilds"/> says otherwise.</summary>
    public ulong GuildId { get; init; } = 290926798626357999;

    /// <summary>The application's public key as its application object gives it (hex; the fake signs nothing with it).</summary>
    public string VerifyKey { get; init; } = string.Concat(Enumerable.Repeat("f00d", 16));

    public int GlobalRequestsPerSecond { get; init; } = 50;

    /// <summary>Create and edit message, per channel.</summary>
    public FakeBucketRule Messages { get; init; } = new("messages", 5, TimeSpan.FromSeconds(5));

    /// <summary>Every other bot-authenticated route, per route and top-level resource.</summary>
    public FakeBucketRule Default { get; init; } = new("default", 20, TimeSpan.FromSeconds(1));

    /// <summary>Interaction callbacks and follow-ups, per interaction (outside the global limit).</summary>
    public FakeBucketRule Interactions { get; init; } = new("interactions", 5, TimeSpan.FromSeconds(2));

    /// <summary>How long <c>enforce_nonce</c> makes a repeat return the original message.</summary>
    public TimeSpan NonceWindow { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Drives rate-limit windows, the nonce window and message timestamps.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>The heartbeat interval the fake gateway's Hello announces (Discord's is about 41 s).</summary>
    public TimeSpan GatewayHeartbeatInterval { get; init; } = TimeSpan.FromMilliseconds(41_250);

    /// <summary>The guilds READY lists, as unavailable stubs.</summary>
    public IReadOnlyList<ulong> GatewayGuilds { get; init; } = [];

    /// <summary>
    /// DigestBot's rule, stricter than Discord's: every message created or edited must carry
    /// <c>allowed_mentions: {"parse": []}</c> (no user or role lists), so that no paper title or user text can ping
    /// anyone. A message without it gets a 400 naming the rule. Off only for tests of the raw REST client.
    /// </summary>
    public bool RequireNoMentions { get; init; } = true;

    /// <summary>The base path every REST route sits under.</summary>
    public string ApiPath { get; init; } = "/api/v10";
}
