namespace DigestBot.Discord.Models;

/// <summary>
/// A command option, or a sub-command (group) holding options. <see cref="Autocomplete"/> works on string,
/// integer and number options and never together with <see cref="Choices"/>.
/// </summary>
public sealed record ApplicationCommandOption(ApplicationCommandOptionType Type, string Name, string Description)
{
    public const int MaxChoices = 25;

    public bool? Required { get; init; }

    public IReadOnlyList<ApplicationCommandOptionChoice>? Choices { get; init; }

    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }

    public double? MinValue { get; init; }

    public double? MaxValue { get; init; }

    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }

    public bool? Autocomplete { get; init; }

    public IReadOnlyList<int>? ChannelTypes { get; init; }
}
