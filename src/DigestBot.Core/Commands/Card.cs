namespace DigestBot.Commands;

/// <summary>
/// A titled block (a Discord embed, a paragraph in the terminal). <see cref="Title"/> and <see cref="Footer"/> are plain
/// text; <see cref="Description"/> is <see cref="ReplyMarkup"/>.
/// </summary>
public sealed record Card(string Title)
{
    public string? Url { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<CardField> Fields { get; init; } = [];

    public string? Footer { get; init; }
}
