namespace DigestBot.Commands;

/// <summary>
/// A labelled value on a <see cref="Card"/>; inline fields sit side by side where the transport can. The name is plain
/// text, the value <see cref="ReplyMarkup"/>.
/// </summary>
public sealed record CardField(string Name, string Value, bool Inline = false);
