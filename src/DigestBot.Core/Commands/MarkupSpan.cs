namespace DigestBot.Commands;

/// <summary>
/// One piece of parsed <see cref="ReplyMarkup"/>: its kind, its text as the reader should see it (never escaped),
/// and for a link its address.
/// </summary>
public sealed record MarkupSpan(MarkupKind Kind, string Text, string? Url = null);
