using System.Text.Json;

namespace DigestBot.Discord.Gateway;

/// <summary>One dispatch (op 0) as it arrived: its event name (<c>INTERACTION_CREATE</c>), sequence number and data.</summary>
public sealed record GatewayDispatch(string Type, int Sequence, JsonElement Data);
