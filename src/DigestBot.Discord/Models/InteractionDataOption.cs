using System.Text.Json;

namespace DigestBot.Discord.Models;

/// <summary>
/// An option value in a command interaction: <see cref="Value"/> (string, number or bool by type) or, for a
/// sub-command or group, nested <see cref="Options"/>. While autocompleting, the field being typed is
/// <see cref="Focused"/> and the others may be partial.
/// </summary>
public sealed record InteractionDataOption
{
    public string Name { get; init; } = string.Empty;

    public ApplicationCommandOptionType Type { get; init; }

    public JsonElement? Value { get; init; }

    public IReadOnlyList<InteractionDataOption>? Options { get; init; }

    public bool? Focused { get; init; }
}
