namespace DigestBot.Commands;

/// <summary>
/// What a command answers, for any transport: text, cards, buttons, whether only the caller sees it, and
/// optional machine-readable <see cref="Data"/> for <c>--json</c>. Each transport renders it its own way.
/// </summary>
public sealed record Reply
{
    public ReplyKind Kind { get; init; } = ReplyKind.Ok;

    /// <summary><see cref="ReplyMarkup"/> in an <see cref="ReplyKind.Ok"/> reply; plain text in an error (never markup there).</summary>
    public string? Text { get; init; }

    /// <summary>Verbatim text shown after <see cref="Text"/>: a code block in Discord, bare in the terminal.</summary>
    public CodeBlock? Code { get; init; }

    public IReadOnlyList<Card> Cards { get; init; } = [];

    public IReadOnlyList<ReplyButton> Buttons { get; init; } = [];

    public bool Ephemeral { get; init; }

    /// <summary>
    /// Answering a button, this replaces the message the button is on (the next page of results) instead of
    /// posting a new one. Transports without messages to replace print it as usual.
    /// </summary>
    public bool UpdatesMessage { get; init; }

    public object? Data { get; init; }

    /// <summary>
    /// For bad input, the option the refusal is about (<see cref="CommandInputException.Option"/>), null when it is about
    /// the input as a whole: the dashboard shows the refusal beside that field.
    /// </summary>
    public string? Option { get; init; }

    /// <summary>A plain-text message: the text is escaped into <see cref="ReplyMarkup"/>, so it reads exactly as given.</summary>
    public static Reply Message(string text) => new() { Text = ReplyMarkup.Escape(text) };

    public static Reply Invalid(string message, string? option = null) => new() { Kind = ReplyKind.Invalid, Text = message, Ephemeral = true, Option = option };

    public static Reply Failure(string message) => new() { Kind = ReplyKind.Failure, Text = message, Ephemeral = true };
}
