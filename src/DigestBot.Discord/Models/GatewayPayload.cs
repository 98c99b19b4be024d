using System.Text.Json;

namespace DigestBot.Discord.Models;

/// <summary>A gateway frame <c>{op, d, s, t}</c>; <see cref="S"/> and <see cref="T"/> are set only on dispatches (op 0).</summary>
public sealed record GatewayPayload(int Op)
{
    public JsonElement? D { get; init; }

    public int? S { get; init; }

    public string? T { get; init; }
}
