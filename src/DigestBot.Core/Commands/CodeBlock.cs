namespace DigestBot.Commands;

/// <summary>
/// Text that must reach the reader exactly as written (a BibTeX entry): Discord shows it as a fenced code block
/// in <see cref="Language"/>, unescaped; the terminal prints it bare, so it can be piped into a file.
/// </summary>
public sealed record CodeBlock(string Language, string Code);
