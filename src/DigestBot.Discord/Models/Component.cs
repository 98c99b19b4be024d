namespace DigestBot.Discord.Models;

/// <summary>
/// A legacy message component, flattened as Discord's JSON is: an action row holds
/// <see cref="Components"/>; a button has a style, a label and either a custom id or (style 5) a URL.
/// At most 5 rows per message, each with up to 5 buttons or exactly one select.
/// </summary>
public sealed record Component(ComponentType Type)
{
    public const int MaxRows = 5;
    public const int MaxButtonsPerRow = 5;
    public const int MaxLabel = 80;
    public const int MaxUrl = 512;
    public const int MaxCustomId = 100;

    public IReadOnlyList<Component>? Components { get; init; }

    public ButtonStyle? Style { get; init; }

    public string? Label { get; init; }

    public string? CustomId { get; init; }

    public string? Url { get; init; }

    public bool? Disabled { get; init; }

    public static Component Row(IReadOnlyList<Component> children) => new(ComponentType.ActionRow) { Components = children };

    public static Component LinkButton(string label, string url) =>
        new(ComponentType.Button) { Style = ButtonStyle.Link, Label = label, Url = url };

    public static Component ActionButton(string label, string customId, ButtonStyle style = ButtonStyle.Secondary) =>
        new(ComponentType.Button) { Style = style, Label = label, CustomId = customId };
}
