namespace DigestBot.Commands;

/// <summary>A labelled value on a <see cref="Card"/>; inline fields sit side by side where the transport can.</summary>
public sealed record CardField(string Name, string Value, bool Inline = false);
