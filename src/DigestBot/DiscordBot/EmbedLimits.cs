using DigestBot.Commands;
using Discord;

namespace DigestBot.DiscordBot;

/// <summary>
/// Discord's documented message, embed and component limits, in UTF-16 units. Whether Discord counts code points or
/// UTF-16 units is unconfirmed; UTF-16 <see cref="string.Length"/> is never smaller, so limiting on it is safe.
/// </summary>
public static class EmbedLimits
{
    public const int Content = 2000;
    public const int EmbedsPerMessage = 10;
    public const int Title = 256;
    public const int Description = 4096;
    public const int Fields = 25;
    public const int FieldName = 256;
    public const int FieldValue = 1024;
    public const int Footer = 2048;
    public const int TotalPerMessage = 6000;
    public const int Rows = 5;
    public const int ButtonsPerRow = 5;
    public const int ButtonLabel = 80;
    public const int ButtonUrl = 512;
    public const int CustomId = 100;
    public const int Choices = AutocompleteChoice.MaxPerList;

    /// <summary>The characters an embed counts towards the 6000 total (title, description, field names and values, footer, author).</summary>
    public static int Size(Embed embed) =>
        Len(embed.Title) + Len(embed.Description) + Len(embed.Footer?.Text) + Len(embed.Author?.Name)
        + embed.Fields.Sum(f => Len(f.Name) + Len(f.Value));

    /// <summary>Discord counts after trimming surrounding whitespace.</summary>
    public static int Len(string? text) => text?.Trim().Length ?? 0;
}
