namespace DigestBot.Discord.Models;

/// <summary>op 10's data: the heartbeat interval in milliseconds.</summary>
public sealed record GatewayHello(int HeartbeatInterval);
